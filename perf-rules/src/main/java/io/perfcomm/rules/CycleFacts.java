package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.rules.fact.Employee;
import io.perfcomm.rules.fact.Evaluator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Splits a cycle into partitions: one per employee, one per evaluator (for TRN), in file order. */
final class CycleFacts {

  private final Cycle cycle;
  private final CycleIndex index;

  private CycleFacts(Cycle cycle) {
    this.cycle = cycle;
    this.index = CycleIndex.of(cycle);
  }

  static List<Partition> partition(Cycle cycle) {
    return new CycleFacts(cycle).partitions();
  }

  /** The partition of one employee: the facts of their session in a check. */
  static Partition employee(Cycle cycle, Person employee) {
    return new CycleFacts(cycle).employeePartition(employee);
  }

  private List<Partition> partitions() {
    List<Partition> partitions = new ArrayList<>();
    for (Person person : cycle.people()) {
      if (person.isEmployee()) {
        partitions.add(employeePartition(person));
      }
    }
    for (Person person : cycle.people()) {
      if (person.effectiveRoles().contains(Role.EVALUATOR) || index.hasCertifications(person.id())) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Evaluator(person));
        facts.add(person);
        facts.addAll(index.certifications(person.id()));
        partitions.add(new Partition(person.department(), facts, index, Optional.empty()));
      }
    }
    return partitions;
  }

  private Partition employeePartition(Person person) {
    return new Partition(person.department(), employeeFacts(person), index, Optional.of(person));
  }

  private List<Object> employeeFacts(Person person) {
    PersonId id = person.id();
    List<Object> facts = new ArrayList<>();
    Set<Person> people = new LinkedHashSet<>();
    people.add(person);
    person.evaluator().flatMap(cycle::person).ifPresent(people::add);
    facts.add(new Employee(person, person.position().flatMap(cycle::position), person.evaluator().flatMap(cycle::person)));
    for (IndicatorSheet sheet : index.sheets(id)) {
      facts.add(sheet);
      facts.addAll(index.changes(sheet.id()));
    }
    facts.addAll(index.communications(id));
    facts.addAll(index.records(id));
    for (Evaluation evaluation : index.evaluations(id)) {
      facts.add(evaluation);
      for (Interview interview : index.interviews(evaluation.id())) {
        facts.add(interview);
        interview.support().forEach(p -> cycle.person(p).ifPresent(people::add));
      }
      facts.addAll(index.applications(evaluation.id()));
    }
    facts.addAll(index.plans(id));
    facts.addAll(index.appeals(id));
    facts.addAll(index.absences(id));
    facts.addAll(people);
    return facts;
  }
}
