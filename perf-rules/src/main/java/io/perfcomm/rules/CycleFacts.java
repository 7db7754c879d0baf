package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.training.Certification;
import io.perfcomm.rules.fact.Employee;
import io.perfcomm.rules.fact.Evaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Splits a cycle into partitions: one per employee, one per evaluator (for TRN), in file order. */
final class CycleFacts {

  private final Cycle cycle;
  private final Map<PersonId, List<IndicatorSheet>> sheets;
  private final Map<SheetId, List<IndicatorChange>> changes;
  private final Map<PersonId, List<Communication>> communications;
  private final Map<PersonId, List<EvidenceRecord>> records;
  private final Map<PersonId, List<Evaluation>> evaluations;
  private final Map<EvaluationId, List<Interview>> interviews;
  private final Map<PersonId, List<ImprovementPlan>> plans;
  private final Map<PersonId, List<Appeal>> appeals;
  private final Map<EvaluationId, List<ResultApplication>> applications;
  private final Map<PersonId, List<Certification>> certifications;

  private CycleFacts(Cycle cycle) {
    this.cycle = cycle;
    this.sheets = group(cycle.sheets(), IndicatorSheet::employee);
    this.changes = group(cycle.indicatorChanges(), IndicatorChange::sheet);
    this.communications = group(cycle.communications(), Communication::employee);
    this.records = group(cycle.records(), EvidenceRecord::employee);
    this.evaluations = group(cycle.evaluations(), Evaluation::employee);
    this.interviews = group(cycle.interviews(), Interview::evaluation);
    this.plans = group(cycle.improvementPlans(), ImprovementPlan::employee);
    this.appeals = group(cycle.appeals(), Appeal::employee);
    this.applications = group(cycle.applications(), ResultApplication::evaluation);
    this.certifications = group(cycle.certifications(), Certification::evaluator);
  }

  static List<Partition> partition(Cycle cycle) {
    return new CycleFacts(cycle).partitions();
  }

  /** The partition of one employee: the facts of their session in a check. */
  static Partition employee(Cycle cycle, Person employee) {
    return new Partition(employee.department(), new CycleFacts(cycle).employeeFacts(employee));
  }

  private List<Partition> partitions() {
    List<Partition> partitions = new ArrayList<>();
    for (Person person : cycle.people()) {
      if (person.isEmployee()) {
        partitions.add(new Partition(person.department(), employeeFacts(person)));
      }
    }
    for (Person person : cycle.people()) {
      if (person.effectiveRoles().contains(Role.EVALUATOR) || certifications.containsKey(person.id())) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Evaluator(person));
        facts.add(person);
        facts.addAll(certifications.getOrDefault(person.id(), List.of()));
        partitions.add(new Partition(person.department(), facts));
      }
    }
    return partitions;
  }

  private List<Object> employeeFacts(Person person) {
    PersonId id = person.id();
    List<Object> facts = new ArrayList<>();
    Set<Person> people = new LinkedHashSet<>();
    people.add(person);
    person.evaluator().flatMap(cycle::person).ifPresent(people::add);
    facts.add(new Employee(person, person.position().flatMap(cycle::position), person.evaluator().flatMap(cycle::person)));
    for (IndicatorSheet sheet : sheets.getOrDefault(id, List.of())) {
      facts.add(sheet);
      facts.addAll(changes.getOrDefault(sheet.id(), List.of()));
    }
    facts.addAll(communications.getOrDefault(id, List.of()));
    facts.addAll(records.getOrDefault(id, List.of()));
    for (Evaluation evaluation : evaluations.getOrDefault(id, List.of())) {
      facts.add(evaluation);
      for (Interview interview : interviews.getOrDefault(evaluation.id(), List.of())) {
        facts.add(interview);
        interview.support().forEach(p -> cycle.person(p).ifPresent(people::add));
      }
      facts.addAll(applications.getOrDefault(evaluation.id(), List.of()));
    }
    facts.addAll(plans.getOrDefault(id, List.of()));
    facts.addAll(appeals.getOrDefault(id, List.of()));
    facts.addAll(people);
    return facts;
  }

  private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
    Map<K, List<V>> groups = new HashMap<>();
    for (V value : values) {
      groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>(4)).add(value);
    }
    return groups;
  }
}
