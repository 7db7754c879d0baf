package io.perfcomm.core.generator;

import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_MONTH_END_SUMMARY;
import static io.perfcomm.core.generator.CycleGenerator.Breach.WEEKLY_REPORT_MISSING;

import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.process.DeadlineKind;
import io.perfcomm.core.process.Window;

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
    SYMPTOMS.put(SHEET_SIGNED_LATE, e -> !e.process.deadline(DeadlineKind.CONFIRMATION).isMetBy(e.sheet.confirmedAt().orElseThrow()));
    SYMPTOMS.put(WEIGHTS_NOT_100, e -> Math.abs(e.sheet.indicators().stream().mapToDouble(Indicator::weight).sum() - 100) > 0.01);
    SYMPTOMS.put(TASK_INDICATOR_APPROVED_BY_OTHER, e -> e.sheet.indicators().stream()
        .anyMatch(i -> i.level() == IndicatorLevel.TASK && !i.determinedBy().orElseThrow().equals(e.evaluator())
            && !i.approvedAt().orElseThrow().toLocalDate().isBefore(e.person.evaluatorSince().orElseThrow())));
    SYMPTOMS.put(KEY_POSITION_WEEK_MISSED, e -> e.keyPosition() && e.process.weeks().stream()
        .anyMatch(w -> w.keyPositionJudged() && e.communications.stream().noneMatch(c -> w.contains(c.at()))));
    SYMPTOMS.put(ONE_COMMUNICATION_BEFORE_SCORING, e -> e.talksBeforeScoring().size() < 2);
    SYMPTOMS.put(DAILY_TALK_WITHOUT_INDICATOR, e -> talks(e, CommunicationType.DAILY).anyMatch(c -> c.indicators().isEmpty()));
    SYMPTOMS.put(NO_INDICATOR_COMMUNICATION, e -> talks(e, CommunicationType.INDICATOR)
        .noneMatch(c -> e.process.window(Window.Kind.INDICATOR_TALK).contains(c.at())));
    SYMPTOMS.put(NO_ROLE_COMMUNICATION, e -> e.period.contains(e.person.evaluatorSince().orElseThrow())
        && talks(e, CommunicationType.ROLE).findAny().isEmpty());
    SYMPTOMS.put(APPLICATION_NOT_COMMUNICATED, e -> talks(e, CommunicationType.APPLICATION).findAny().isEmpty());
    SYMPTOMS.put(SCORE_WITHOUT_EVIDENCE, e -> e.evaluation.scores().stream().anyMatch(s -> s.evidence().isEmpty()));
    SYMPTOMS.put(EVIDENCE_ONLY_AT_PERIOD_END, e -> cited(e).allMatch(r -> r.date().isAfter(e.period.end().minusDays(3))));
    SYMPTOMS.put(WEEKLY_REPORT_MISSING, e -> e.process.weeks().stream().anyMatch(w -> w.judged()
        && e.records.stream().noneMatch(r -> w.contains(r.date())
            && (r.kind() == RecordKind.WEEKLY_REPORT || r.kind() == RecordKind.MEETING))));
    SYMPTOMS.put(NO_MONTH_END_SUMMARY, e -> e.records.stream().noneMatch(r -> r.kind() == RecordKind.SUMMARY));
    SYMPTOMS.put(NO_WEAKNESS, e -> e.evaluation.weaknesses().isEmpty());
    SYMPTOMS.put(INDICATOR_UNSCORED, e -> e.evaluation.scores().size() < e.sheet.indicators().size());
    SYMPTOMS.put(SCORED_LATE, e -> !e.process.deadline(DeadlineKind.SCORING).isMetBy(e.evaluation.scoredAt()));
    // Skipped is not held and no longer due: an interview still due at asOf is no breach yet (INT-01 says so as INFO).
    SYMPTOMS.put(INTERVIEW_SKIPPED, e -> e.interview.isEmpty()
        && e.process.deadline(DeadlineKind.INTERVIEW, e.evaluation.id()).orElseThrow().passed());
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
    SYMPTOMS.put(PLAN_WITHOUT_RESOURCES, e -> !e.process.shortfalls().isEmpty()
        && e.planOfPeriod().filter(p -> p.resources().isEmpty()).isPresent());
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

  /** The records the evaluation cites. */
  private static java.util.stream.Stream<EvidenceRecord> cited(EmployeeView e) {
    Set<String> ids = e.evaluation.scores().stream().flatMap(s -> s.evidence().stream()).map(id -> id.value())
        .collect(Collectors.toSet());
    return e.records.stream().filter(r -> ids.contains(r.id().value()));
  }
}
