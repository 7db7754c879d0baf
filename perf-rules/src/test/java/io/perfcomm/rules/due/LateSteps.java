package io.perfcomm.rules.due;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Turns a generated cycle into the late and unfinished situations the generator leaves out, so that the
 * due property meets them: indicators never approved or approved late, improvement-plan actions not done,
 * employees not scored, indicator changes talked through and re-signed in time, late or never, and
 * interviews still to be held with too little time planned. The edits keep the cycle valid.
 */
final class LateSteps {

  private final SplittableRandom random;
  private final Cycle cycle;

  private LateSteps(Cycle cycle, long seed) {
    this.cycle = cycle;
    this.random = new SplittableRandom(seed);
  }

  /**
   * The cycle with some of its records made late or left undone.
   *
   * @param cycle a generated cycle
   * @param seed the seed of the edits
   */
  static Cycle of(Cycle cycle, long seed) {
    return new LateSteps(cycle, seed).edited();
  }

  private Cycle edited() {
    Set<EvaluationId> unscored = cycle.evaluations().stream().filter(v -> chance(0.15)).map(Evaluation::id)
        .collect(Collectors.toSet());
    List<IndicatorSheet> sheets = cycle.sheets().stream().map(this::approvals).collect(Collectors.toList());
    List<IndicatorChange> changes = new ArrayList<>(cycle.indicatorChanges());
    List<Communication> talks = new ArrayList<>(cycle.communications());
    for (IndicatorSheet sheet : sheets) {
      if (sheet.confirmedAt().isPresent() && !sheet.indicators().isEmpty() && chance(0.2)) {
        change(sheet, changes, talks);
      }
    }
    return Cycle.builder().from(cycle).sheets(sheets).indicatorChanges(changes).communications(talks)
        .evaluations(cycle.evaluations().stream().filter(v -> !unscored.contains(v.id())).collect(Collectors.toList()))
        .interviews(cycle.interviews().stream().filter(i -> !unscored.contains(i.evaluation())).map(this::plannedTime)
            .collect(Collectors.toList()))
        .appeals(cycle.appeals().stream().filter(a -> !unscored.contains(a.evaluation())).collect(Collectors.<Appeal>toList()))
        .applications(cycle.applications().stream().filter(a -> !unscored.contains(a.evaluation()))
            .collect(Collectors.<ResultApplication>toList()))
        .improvementPlans(cycle.improvementPlans().stream().map(this::undone).collect(Collectors.toList()))
        .build();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Some indicators never approved, some approved in the first ten days of the period. */
  private IndicatorSheet approvals(IndicatorSheet sheet) {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : sheet.indicators()) {
      double roll = random.nextDouble();
      Indicator.Builder edited = Indicator.builder().from(indicator);
      if (roll < 0.1) {
        edited.approvedAt(Optional.empty());
      } else if (roll < 0.2) {
        edited.approvedAt(cycle.period().start().plusDays(random.nextInt(10)).atTime(9, 0));
      }
      indicators.add(edited.build());
    }
    return IndicatorSheet.builder().from(sheet).indicators(indicators).build();
  }

  /**
   * A change of the sheet's first indicator, decided after the signature and taking effect inside the
   * period, re-signed and talked through in time, late or never.
   */
  private void change(IndicatorSheet sheet, List<IndicatorChange> changes, List<Communication> talks) {
    Indicator indicator = sheet.indicators().get(0);
    LocalDateTime signed = sheet.confirmedAt().orElseThrow();
    LocalDate start = cycle.period().start();
    LocalDateTime changedAt = (signed.toLocalDate().isBefore(start) ? start : signed.toLocalDate())
        .plusDays(1 + random.nextInt(14)).atTime(10, 0);
    LocalDate effective = changedAt.toLocalDate().plusDays(1 + random.nextInt(10));
    String id = "LATE-CH-" + sheet.id().value();
    IndicatorChange.Builder change = IndicatorChange.builder().id(ChangeId.of(id)).sheet(sheet.id())
        .indicator(indicator.id()).changedAt(changedAt).effectiveFrom(effective).description("a new target");
    moment(changedAt, effective).ifPresent(change::reconfirmedAt);
    changes.add(change.build());
    Optional<Person> person = cycle.person(sheet.employee());
    Optional<LocalDateTime> talk = moment(changedAt, effective);
    if (talk.isPresent() && person.flatMap(Person::evaluator).isPresent()) {
      talks.add(Communication.builder().id(CommunicationId.of("TALK-" + id)).type(CommunicationType.INDICATOR)
          .employee(sheet.employee()).evaluator(person.get().evaluator().get()).at(talk.get())
          .addIndicators(indicator.id()).build());
    }
  }

  /** Never, before the change takes effect, or up to three weeks after. */
  private Optional<LocalDateTime> moment(LocalDateTime changedAt, LocalDate effective) {
    double roll = random.nextDouble();
    if (roll < 0.35) {
      return Optional.empty();
    }
    return Optional.of(roll < 0.7 ? changedAt.plusHours(2) : effective.plusDays(random.nextInt(21)).atTime(15, 0));
  }

  /** Some actions of a plan not done. */
  private ImprovementPlan undone(ImprovementPlan plan) {
    List<PlanAction> actions = plan.actions().stream()
        .map(a -> chance(0.3) ? PlanAction.builder().from(a).doneAt(Optional.empty()).build() : a)
        .collect(Collectors.toList());
    return ImprovementPlan.builder().from(plan).actions(actions).build();
  }

  /** An interview still to be held planned for too little time, or for none. */
  private Interview plannedTime(Interview interview) {
    if (interview.tookPlace() || !chance(0.4)) {
      return interview;
    }
    return Interview.builder().from(interview)
        .plannedMinutes(chance(0.3) ? Optional.empty() : Optional.of(10 + random.nextInt(40))).build();
  }
}
