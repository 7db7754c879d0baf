package io.perfcomm.core.generator;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One employee's records in a generated cycle, looked up once so that tests read like the domain. */
final class EmployeeView {

  final Cycle cycle;
  final Period period;
  final Person person;
  final IndicatorSheet sheet;
  final List<Communication> communications;
  final List<EvidenceRecord> records;
  final Evaluation evaluation;
  final Optional<Interview> interview;
  final List<ImprovementPlan> plans;
  final List<Appeal> appeals;
  final ResultApplication application;

  private EmployeeView(Cycle cycle, Person person, Index index) {
    PersonId id = person.id();
    this.cycle = cycle;
    this.period = cycle.period();
    this.person = person;
    this.sheet = index.sheets.get(id).get(0);
    this.communications = index.communications.getOrDefault(id, List.of());
    this.records = index.records.getOrDefault(id, List.of());
    this.evaluation = index.evaluations.get(id).get(0);
    this.interview = cycle.interviews().stream().filter(i -> i.evaluation().equals(evaluation.id())).findFirst();
    this.plans = index.plans.getOrDefault(id, List.of());
    this.appeals = index.appeals.getOrDefault(id, List.of());
    this.application = cycle.applications().stream().filter(a -> a.evaluation().equals(evaluation.id())).findFirst().orElseThrow();
  }

  static List<EmployeeView> of(Cycle cycle) {
    Index index = new Index(cycle);
    return cycle.employees().stream().map(p -> new EmployeeView(cycle, p, index)).collect(Collectors.toList());
  }

  PersonId evaluator() {
    return person.evaluator().orElseThrow();
  }

  boolean keyPosition() {
    return cycle.position(person.position().orElseThrow()).orElseThrow().key();
  }

  /** Communications in the period and before scoring (COM-02's count). */
  List<Communication> talksBeforeScoring() {
    LocalDateTime scoredAt = evaluation.scoredAt();
    return communications.stream()
        .filter(c -> period.contains(c.at().toLocalDate()) && c.at().isBefore(scoredAt))
        .collect(Collectors.toList());
  }

  Optional<ImprovementPlan> planOfPeriod() {
    return plans.stream().filter(p -> p.period().equals(period.id())).findFirst();
  }

  Optional<ImprovementPlan> previousPlan() {
    return plans.stream().filter(p -> !p.period().equals(period.id())).findFirst();
  }

  /** The records of a cycle grouped by employee. */
  private static final class Index {
    final Map<PersonId, List<IndicatorSheet>> sheets;
    final Map<PersonId, List<Communication>> communications;
    final Map<PersonId, List<EvidenceRecord>> records;
    final Map<PersonId, List<Evaluation>> evaluations;
    final Map<PersonId, List<ImprovementPlan>> plans;
    final Map<PersonId, List<Appeal>> appeals;

    Index(Cycle cycle) {
      sheets = group(cycle.sheets(), IndicatorSheet::employee);
      communications = group(cycle.communications(), Communication::employee);
      records = group(cycle.records(), EvidenceRecord::employee);
      evaluations = group(cycle.evaluations(), Evaluation::employee);
      plans = group(cycle.improvementPlans(), ImprovementPlan::employee);
      appeals = group(cycle.appeals(), Appeal::employee);
    }

    private static <T> Map<PersonId, List<T>> group(List<T> values, Function<T, PersonId> key) {
      return values.stream().collect(Collectors.groupingBy(key));
    }
  }
}
