package io.perfcomm.core.process;

import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The objectives system's facts (目标管理): the confirmation deadline and the indicator-talk window,
 * the targets and weights in effect, and who determined each task-level indicator (OBJ-05).
 *
 * @param deadlines the confirmation deadline, when it is due
 * @param windows the indicator-talk window
 * @param indicators the indicators with their targets and weights in effect at the end of the period
 * @param sheetWeights the total weight of each sheet in each stretch of the period
 * @param determinations who determined each task-level indicator
 */
record ObjectivesFacts(List<Deadline> deadlines, List<Window> windows, List<IndicatorInEffect> indicators,
    List<SheetWeights> sheetWeights, List<TaskDetermination> determinations) {

  ObjectivesFacts {
    deadlines = List.copyOf(deadlines);
    windows = List.copyOf(windows);
    indicators = List.copyOf(indicators);
    sheetWeights = List.copyOf(sheetWeights);
    determinations = List.copyOf(determinations);
  }

  /**
   * The confirmation is due from the span's first day (a new hire's first day, DOMAIN.md §6.1), or from
   * the first day the employee is at work when leave keeps them away at its start; the indicator talk
   * counts in the days before it.
   */
  static ObjectivesFacts derive(Givens givens) {
    LocalDate confirmation = givens.calendar().deadline(confirmationFrom(givens), givens.policy().confirmationDeadlineDays());
    Deadline confirm = Deadline.onDay(DeadlineKind.CONFIRMATION, givens.period().id(), confirmation, givens.asOf());
    List<Deadline> deadlines = givens.isPeriodStepDue(confirm) ? List.of(confirm) : List.of();
    List<Window> windows = List.of(new Window(Window.Kind.INDICATOR_TALK,
        confirmation.minusDays(givens.policy().indicatorTalkWindowDays()).atStartOfDay(), confirm.closesAt()));
    List<IndicatorInEffect> indicators = new ArrayList<>();
    List<SheetWeights> sheetWeights = new ArrayList<>();
    List<TaskDetermination> determinations = new ArrayList<>();
    for (IndicatorSheet sheet : givens.index().sheets(givens.employee().id())) {
      inEffect(givens, sheet, givens.index().changes(sheet.id()), indicators, sheetWeights);
      determinations(givens, sheet, determinations);
    }
    return new ObjectivesFacts(deadlines, windows, indicators, sheetWeights, determinations);
  }

  /**
   * The day the confirmation days count from: the span's first day, unless the employee is on leave on
   * the company's first working days of it. Signing the sheet and the indicator talk are the employee's
   * own steps: someone who took annual leave after the May Day holiday (拼假), or is back from maternity
   * leave mid-month, confirms on their first day back, as a new hire does on theirs; judging them
   * against a day they were away would call a signature on that first day late.
   */
  private static LocalDate confirmationFrom(Givens givens) {
    Span span = givens.span();
    WorkingCalendar calendar = givens.calendar();
    LocalDate companyFirst = calendar.onOrNextWorkingDay(span.first());
    for (LocalDate day = span.first(); !day.isAfter(span.last()); day = day.plusDays(1)) {
      if (calendar.worksOn(day)) {
        return day.isAfter(companyFirst) ? day : span.first();
      }
    }
    return span.first();
  }

  private static void inEffect(Givens givens, IndicatorSheet sheet, List<IndicatorChange> changes,
      List<IndicatorInEffect> indicators, List<SheetWeights> sheetWeights) {
    LocalDate start = givens.period().start();
    List<IndicatorChange> inForce = changes.stream()
        .filter(c -> !c.effectiveFrom().isAfter(givens.period().end()))
        .sorted(Comparator.comparing(IndicatorChange::effectiveFrom).thenComparing(IndicatorChange::changedAt))
        .toList();
    for (Indicator indicator : sheet.indicators()) {
      String target = indicator.target();
      double weight = indicator.weight();
      Optional<ChangeId> changedBy = Optional.empty();
      for (IndicatorChange change : inForce) {
        if (change.indicator().equals(indicator.id()) && (change.newTarget().isPresent() || change.newWeight().isPresent())) {
          target = change.newTarget().orElse(target);
          weight = change.newWeight().orElse(weight);
          changedBy = Optional.of(change.id());
        }
      }
      indicators.add(new IndicatorInEffect(sheet.id(), indicator.id(), target, weight, changedBy));
    }
    TreeSet<LocalDate> stretches = new TreeSet<>();
    stretches.add(start);
    inForce.stream().filter(c -> c.newWeight().isPresent())
        .map(c -> c.effectiveFrom().isBefore(start) ? start : c.effectiveFrom())
        .forEach(stretches::add);
    for (LocalDate from : stretches) {
      // Summed as decimals, so 60 + 39.99 is exactly 99.99 and off by exactly 0.01, as a person adding
      // the sheet up expects (binary doubles make it off by 0.0100000000000051 and fail a 0.01 tolerance).
      BigDecimal total = BigDecimal.ZERO;
      for (Indicator indicator : sheet.indicators()) {
        double weight = indicator.weight();
        for (IndicatorChange change : inForce) {
          if (change.indicator().equals(indicator.id()) && change.newWeight().isPresent() && !change.effectiveFrom().isAfter(from)) {
            weight = change.newWeight().get();
          }
        }
        total = total.add(BigDecimal.valueOf(weight));
      }
      sheetWeights.add(new SheetWeights(sheet.id(), from, total.doubleValue(),
          total.subtract(BigDecimal.valueOf(100)).abs().doubleValue()));
    }
  }

  /**
   * OBJ-05's facts: who determined each task-level indicator, and whether that was the evaluator of
   * record at the time. The determination is dated by the approval, else by the signature: it came no
   * later than either; with neither yet (the cycle as at asOf), it came no later than asOf, since it
   * is on record then.
   */
  private static void determinations(Givens givens, IndicatorSheet sheet, List<TaskDetermination> determinations) {
    Person employee = givens.employee();
    Optional<LocalDateTime> since = employee.evaluatorSince().map(LocalDate::atStartOfDay);
    for (Indicator indicator : sheet.indicators()) {
      if (indicator.level() != IndicatorLevel.TASK
          || indicator.determinedBy().isEmpty() && indicator.approvedBy().isEmpty() && indicator.approvedAt().isEmpty()) {
        continue;
      }
      Optional<PersonId> by = indicator.determinedBy().or(indicator::approvedBy);
      LocalDateTime at = indicator.approvedAt().or(sheet::confirmedAt).orElse(givens.asOf());
      boolean before = since.isPresent() && at.isBefore(since.get());
      boolean leader = by.flatMap(givens.index().cycle()::person).map(p -> p.effectiveRoles().contains(Role.LEADER)).orElse(false);
      determinations.add(new TaskDetermination(sheet.id(), indicator.id(), by, indicator.determinedBy().isEmpty(),
          by.isPresent() && by.equals(employee.evaluator()), before, leader));
    }
  }
}
