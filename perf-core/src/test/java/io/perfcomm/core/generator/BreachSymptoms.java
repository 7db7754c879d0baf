package io.perfcomm.core.generator;

import static io.perfcomm.core.generator.CycleGenerator.Breach.*;

import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorLevel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What each employee breach looks like in the records, written independently of the generator: an
 * injected breach must show, and a clean employee must show none.
 */
final class BreachSymptoms {

  private BreachSymptoms() {}

  static final Map<Breach, Predicate<EmployeeView>> SYMPTOMS = new EnumMap<>(Breach.class);

  static {
    SYMPTOMS.put(SHEET_SIGNED_LATE, e -> e.sheet.confirmedAt().orElseThrow().isAfter(e.period.startsAt()));
    SYMPTOMS.put(WEIGHTS_NOT_100, e -> Math.abs(e.sheet.indicators().stream().mapToDouble(Indicator::weight).sum() - 100) > 0.01);
    SYMPTOMS.put(TASK_INDICATOR_APPROVED_BY_OTHER, e -> e.sheet.indicators().stream()
        .anyMatch(i -> i.level() == IndicatorLevel.TASK && !i.approvedBy().orElseThrow().equals(e.evaluator())));
    SYMPTOMS.put(KEY_POSITION_WEEK_MISSED, e -> e.keyPosition() && fullWeeksWithoutTalk(e) > 0);
    SYMPTOMS.put(ONE_COMMUNICATION_BEFORE_SCORING, e -> e.talksBeforeScoring().size() < 2);
    SYMPTOMS.put(DAILY_TALK_WITHOUT_INDICATOR, e -> talks(e, CommunicationType.DAILY).anyMatch(c -> c.indicators().isEmpty()));
    SYMPTOMS.put(NO_INDICATOR_COMMUNICATION, e -> talks(e, CommunicationType.INDICATOR).noneMatch(c -> c.at().isBefore(e.period.startsAt())));
    SYMPTOMS.put(NO_ROLE_COMMUNICATION, e -> e.period.contains(e.person.evaluatorSince().orElseThrow())
        && talks(e, CommunicationType.ROLE).findAny().isEmpty());
    SYMPTOMS.put(APPLICATION_NOT_COMMUNICATED, e -> talks(e, CommunicationType.APPLICATION).findAny().isEmpty());
    SYMPTOMS.put(SCORE_WITHOUT_EVIDENCE, e -> e.evaluation.scores().stream().anyMatch(s -> s.evidence().isEmpty()));
    SYMPTOMS.put(EVIDENCE_ONLY_AT_PERIOD_END, e -> e.records.stream().allMatch(r -> r.date().isAfter(e.period.end().minusDays(3))));
    SYMPTOMS.put(NO_WEAKNESS, e -> e.evaluation.weaknesses().isEmpty());
    SYMPTOMS.put(INDICATOR_UNSCORED, e -> e.evaluation.scores().size() < e.sheet.indicators().size());
    SYMPTOMS.put(SCORED_LATE, e -> e.evaluation.scoredAt().toLocalDate().isAfter(e.period.end().plusDays(5)));
    SYMPTOMS.put(INTERVIEW_SKIPPED, e -> e.interview.isEmpty());
    SYMPTOMS.put(INTERVIEW_IN_OPEN_OFFICE, e -> e.interview.flatMap(Interview::location).filter(l -> !l.privateRoom() || !l.quiet()).isPresent());
    SYMPTOMS.put(SHORT_NOTICE, e -> e.interview
        .filter(i -> Duration.between(i.notifiedAt().orElseThrow(), i.scheduledAt()).toHours() < 24).isPresent());
    SYMPTOMS.put(INTERVIEW_TOO_SHORT, e -> e.interview.filter(i -> i.plannedMinutes().orElseThrow() < 30
        || Duration.between(i.startedAt().orElseThrow(), i.endedAt().orElseThrow()).toMinutes() < i.plannedMinutes().orElseThrow()).isPresent());
    SYMPTOMS.put(NO_PURPOSE_STATED, e -> e.interview.filter(i -> i.purpose().flatMap(p -> p.statement()).isEmpty()).isPresent());
    SYMPTOMS.put(DISMISSAL_WITHOUT_SUPPORT, e -> e.interview
        .filter(i -> i.purpose().filter(p -> p.kind() == PurposeKind.DISMISSAL).isPresent() && i.support().isEmpty()).isPresent());
    SYMPTOMS.put(OBJECTION_LEFT_OPEN, e -> e.interview.filter(i -> i.objections().stream()
        .anyMatch(o -> o.status() == ObjectionStatus.OPEN && o.response().isEmpty())).isPresent());
    SYMPTOMS.put(MISSED_TARGET_WITHOUT_PLAN, e -> e.evaluation.scores().stream().anyMatch(s -> !s.targetMet()) && e.planOfPeriod().isEmpty());
    SYMPTOMS.put(PLAN_WITHOUT_RESOURCES, e -> e.planOfPeriod().filter(p -> p.resources().isEmpty()).isPresent());
    SYMPTOMS.put(APPLIED_WHILE_APPEAL_PENDING, e -> e.appeals.stream()
        .anyMatch(a -> a.status() == AppealStatus.PENDING && e.application.appliedAt().isAfter(a.filedAt())));
    SYMPTOMS.put(PREVIOUS_PLAN_NOT_FOLLOWED_UP, e -> e.previousPlan()
        .filter(p -> e.communications.stream().noneMatch(c -> c.followsUpPlan().equals(java.util.Optional.of(p.id())))).isPresent());
  }

  /** The employee breaches whose symptoms the employee's records show. */
  static Set<Breach> shown(EmployeeView employee) {
    return SYMPTOMS.entrySet().stream().filter(s -> s.getValue().test(employee)).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static java.util.stream.Stream<Communication> talks(EmployeeView e, CommunicationType type) {
    return e.communications.stream().filter(c -> c.type() == type);
  }

  /**
   * Full ISO weeks without a talk, where a stub of fewer than four days at the period's edge counts
   * with its neighbouring week (COM-01 merges it there): a talk in the stub covers that week.
   */
  private static long fullWeeksWithoutTalk(EmployeeView e) {
    Set<LocalDate> talked = e.communications.stream()
        .map(c -> c.at().toLocalDate())
        .filter(e.period::contains)
        .collect(Collectors.toSet());
    LocalDate start = e.period.start();
    LocalDate end = e.period.end();
    long missing = 0;
    for (LocalDate monday = start; !monday.plusDays(6).isAfter(end); monday = monday.plusDays(1)) {
      if (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
        continue;
      }
      LocalDate from = monday;
      LocalDate to = monday.plusDays(6);
      if (ChronoUnit.DAYS.between(start, monday) < 4 && monday.minusDays(7).isBefore(start)) {
        from = start;
      }
      if (ChronoUnit.DAYS.between(to, end) < 4 && to.plusDays(7).isAfter(end)) {
        to = end;
      }
      boolean any = false;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        any |= talked.contains(day);
      }
      missing += any ? 0 : 1;
    }
    return missing;
  }
}
