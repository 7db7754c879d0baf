package io.perfcomm.rules.due;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.SeenAtAsOf;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.process.Span;
import io.perfcomm.rules.Finding;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The property's oracle: for a finding of a check, the day of the step it says is still open, read from
 * the finding's own message (its key and the day it names) and the cycle as it stood at {@code asOf} —
 * never from {@link Finding#step()}. A step is open when the finding is an INFO "due by", or a breach
 * whose step someone can still take: not done late, its window (the period, the week, the interview) not
 * gone. Every message key of perf's rule sheets is classified here, so a new one fails the property until
 * someone says whether it stands for a step.
 */
final class StepsStillOpen {

  /**
   * Findings that never stand for a step: a breach already complete (done late, early, wrongly), a
   * window gone (a week over, the moment before an event), a record to correct with no day of the cycle
   * (reasons, evidence, remarks, weights, the outcome recorded), or advice (a dispute's records, a paused
   * clock, a leaver, training).
   */
  private static final Set<String> NEVER = Set.of(
      "OBJ-02.late.message", "OBJ-02.nosheet.message", "OBJ-04.message", "OBJ-05.message",
      "OBJ-05.approved.message", "OBJ-05.unrecorded.message",
      "COM-01.message", "COM-02.message", "COM-03.message", "COM-04.message", "COM-04.late.message", "COM-05.message",
      "EVA-01.message", "EVA-02.message", "EVA-03.message", "EVA-03.unsupportedStrength.message",
      "EVA-03.unsupportedWeakness.message", "EVA-04.message", "EVA-04.unlisted.message", "EVA-04.twice.message",
      "EVA-04.outOfScale.message", "EVA-05.message", "EVA-05.early.message", "EVA-05.left.message", "EVA-06.message",
      "EVA-07.message",
      "INT-03.message", "INT-04.cutShort.message", "INT-04.cutShortUnplanned.message",
      "INT-04.plannedShortAndCutShort.message", "INT-07.message", "INT-07.unsigned.message",
      "INT-07.noObjections.message", "INT-08.message", "INT-08.always.message", "INT-08.unagreed.message",
      "APL-01.late.message", "APL-02.message", "APL-03.message", "APL-04.late.message", "APL-04.reasons.message",
      "APL-05.message", "APL-05.complete.message",
      "APP-01.late.message", "APP-01.paused.message", "APP-02.message", "APP-03.message");

  /** Findings that say a step is due by the day they name as {@code deadline}, for as long as they are reported. */
  private static final Set<String> BY_DEADLINE = Set.of(
      "OBJ-01.due.message", "OBJ-01.nosheet.due.message", "OBJ-02.due.message",
      "COM-02.due.message", "COM-04.due.message", "COM-05.due.message", "COM-05.unscored.message",
      "COM-06.due.message",
      "EVA-05.missing.message", "EVA-05.due.message", "EVA-07.missing.message", "EVA-07.due.message",
      "INT-01.due.message", "INT-07.confirmationDue.message",
      "APL-01.message", "APL-01.due.message", "APL-03.adjust.message", "APL-03.adjust.due.message",
      "APL-04.message", "APL-04.due.message", "APL-04.tell.message",
      "APP-01.message", "APP-01.due.message", "APP-03.due.message");

  /** Findings about an interview's arrangement: a step on its scheduled day while it is still to be held. */
  private static final Set<String> BEFORE_INTERVIEW = Set.of(
      "INT-02.message", "INT-02.notPrivate.message", "INT-02.notQuiet.message", "INT-02.missing.message",
      "INT-02.due.message", "INT-02.unbooked.message", "INT-04.message", "INT-04.unplanned.message",
      "INT-05.message", "INT-05.due.message", "INT-06.message", "INT-06.unprepared.message",
      "INT-06.unpreparedUnsupported.message", "INT-06.due.message");

  private final Cycle seen;
  private final LocalDateTime asOf;
  private final Period period;

  private StepsStillOpen(Cycle cycle, LocalDateTime asOf) {
    this.seen = SeenAtAsOf.of(cycle, asOf).cycle();
    this.asOf = asOf;
    this.period = cycle.period();
  }

  /**
   * The oracle for a cycle checked at a moment.
   *
   * @param cycle the cycle as read
   * @param asOf the moment of the check
   */
  static StepsStillOpen of(Cycle cycle, LocalDateTime asOf) {
    return new StepsStillOpen(cycle, asOf);
  }

  /**
   * The day of the step the finding says is still open; empty when it stands for none.
   *
   * @param finding a finding of perf's rule sheets
   * @throws IllegalArgumentException for a message key this oracle does not know
   */
  Optional<LocalDate> dayOf(Finding finding) {
    String key = finding.messageKey();
    Map<String, Object> args = finding.arguments();
    if (finding.checkpoint().startsWith("TRN-") || NEVER.contains(key)) {
      return Optional.empty();
    }
    if (BY_DEADLINE.contains(key)) {
      return Optional.of((LocalDate) args.get("deadline"));
    }
    if (BEFORE_INTERVIEW.contains(key)) {
      Interview interview = interview(args.get("interview"));
      return interview.tookPlace() ? Optional.empty() : Optional.of(interview.scheduledAt().toLocalDate());
    }
    boolean periodRuns = !period.isOverAt(asOf);
    switch (key) {
      case "OBJ-01.message":
        return when(periodRuns && sheet(args.get("sheet")).indicators().stream().anyMatch(i -> i.approvedAt().isEmpty()),
            args.get("deadline"));
      case "OBJ-01.nosheet.message":
      case "OBJ-02.message":
        return when(periodRuns, args.get("deadline"));
      case "OBJ-03.message":
        return changeStep(periodRuns, args, c -> !talkedAbout(c) || !c.reconfirmed());
      case "OBJ-03.uncommunicated.message":
        return changeStep(periodRuns, args, c -> !talkedAbout(c));
      case "OBJ-03.unconfirmed.message":
        return changeStep(periodRuns, args, c -> !c.reconfirmed());
      case "OBJ-03.due.message":
        return Optional.of(((LocalDate) args.get("effectiveFrom")).minusDays(1));
      case "COM-01.due.message":
        return Optional.of((LocalDate) args.get("weekEnd"));
      case "COM-02.unscored.message":
        return when(talksSinceSpanStart(finding.employee().orElseThrow()) < (Integer) args.get("required"),
            args.get("deadline"));
      case "COM-06.message":
        return when(!applicationTalkSinceScoring(args.get("application")), args.get("deadline"));
      case "EVA-06.due.message":
        return Optional.of((LocalDate) args.get("last"));
      case "INT-01.message":
        return when(!interviewHeldSinceScoring(args.get("evaluation")), args.get("deadline"));
      case "INT-03.due.message":
        return Optional.of(((LocalDateTime) args.get("notifyBy")).toLocalDate());
      case "INT-03.missing.message":
        return when(!interview(args.get("interview")).tookPlace(), ((LocalDateTime) args.get("notifyBy")).toLocalDate());
      case "INT-07.unconfirmed.message":
        return when(!interview(args.get("interview")).signedWithin((LocalDateTime) args.get("settledAt"), LocalDateTime.MAX),
            args.get("deadline"));
      case "APL-04.unheard.message":
        return when(((Optional<?>) args.get("communicatedAt")).isEmpty(), args.get("deadline"));
      case "APP-03.overdue.message":
        return Optional.of((LocalDate) ((List<?>) args.get("due")).get(0));
      default:
        throw new IllegalArgumentException("a finding the oracle does not know: " + key);
    }
  }

  private static Optional<LocalDate> when(boolean open, Object day) {
    return open ? Optional.of((LocalDate) day) : Optional.empty();
  }

  private Optional<LocalDate> changeStep(boolean periodRuns, Map<String, Object> args, Predicate<IndicatorChange> open) {
    IndicatorChange change = seen.indicatorChanges().stream().filter(c -> c.id().equals(args.get("change")))
        .findFirst().orElseThrow();
    return periodRuns && open.test(change) ? Optional.of(change.effectiveFrom().minusDays(1)) : Optional.empty();
  }

  /** An INDICATOR talk naming the changed indicator at or after the signature of the sheet, however late. */
  private boolean talkedAbout(IndicatorChange change) {
    IndicatorSheet sheet = sheet(change.sheet());
    return seen.communications().stream().anyMatch(c -> c.employee().equals(sheet.employee())
        && c.type() == CommunicationType.INDICATOR && c.indicators().contains(change.indicator())
        && sheet.signedBy(c.at()));
  }

  private long talksSinceSpanStart(PersonId employee) {
    Span span = Span.of(period, seen.person(employee).orElseThrow());
    return seen.communications().stream()
        .filter(c -> c.employee().equals(employee) && !c.at().isBefore(span.startsAt())).count();
  }

  private boolean applicationTalkSinceScoring(Object application) {
    ResultApplication applied = seen.applications().stream().filter(a -> a.id().equals(application)).findFirst()
        .orElseThrow();
    Evaluation evaluation = seen.evaluation(applied.evaluation()).orElseThrow();
    return seen.communications().stream().anyMatch(c -> c.employee().equals(evaluation.employee())
        && c.type() == CommunicationType.APPLICATION && !c.at().isBefore(evaluation.scoredAt()));
  }

  private boolean interviewHeldSinceScoring(Object evaluationId) {
    Evaluation evaluation = seen.evaluations().stream().filter(v -> v.id().equals(evaluationId)).findFirst()
        .orElseThrow();
    return seen.interviews().stream().anyMatch(i -> i.evaluation().equals(evaluation.id())
        && i.heldWithin(evaluation.scoredAt(), LocalDateTime.MAX));
  }

  private IndicatorSheet sheet(Object id) {
    return seen.sheets().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private Interview interview(Object id) {
    return seen.interviews().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
