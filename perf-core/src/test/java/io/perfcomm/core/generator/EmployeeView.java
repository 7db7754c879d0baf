package io.perfcomm.core.generator;

import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.process.EmployeeProcess;

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

  /** The process layer's view of the employee: weeks, calendar, deadlines. */
  final EmployeeProcess process;

  private EmployeeView(Cycle cycle, Person person, CycleIndex index) {
    PersonId id = person.id();
    this.cycle = cycle;
    this.period = cycle.period();
    this.person = person;
    this.sheet = index.sheets(id).get(0);
    this.communications = index.communications(id);
    this.records = index.records(id);
    this.evaluation = index.evaluations(id).get(0);
    this.interview = index.interviews(evaluation.id()).stream().findFirst();
    this.plans = index.plans(id);
    this.appeals = index.appeals(id);
    this.application = index.applications(evaluation.id()).get(0);
    this.process = EmployeeProcess.of(index, person, cycle.policy().effective(person.department()), cycle.asOf().orElseThrow());
  }

  /** The employees of a generated cycle who stay the whole period; a leaver owes no scoring and has no view here. */
  static List<EmployeeView> of(Cycle cycle) {
    CycleIndex index = CycleIndex.of(cycle);
    return cycle.employees().stream()
        .filter(p -> p.leftOn().filter(cycle.period()::contains).isEmpty())
        .map(p -> new EmployeeView(cycle, p, index)).collect(Collectors.toList());
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
}
