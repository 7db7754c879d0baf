package io.perfcomm.core.policy;

import io.perfcomm.core.CheckpointId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The checkpoint thresholds in force for one department: every value set, defaults from
 * DOMAIN.md §6. perf-rules inserts it as the one policy fact its rule sheets read.
 */
@Value.Immutable
public abstract class EffectivePolicy {

  /** The defaults of DOMAIN.md §6. */
  public static final EffectivePolicy DEFAULTS = builder().build();

  /** Days after the period start by which indicators are approved and signed (OBJ-01, OBJ-02, COM-04). */
  @Value.Default
  public int confirmationDeadlineDays() {
    return 0;
  }

  /** How far the weights of a sheet may stray from 100 (OBJ-04). */
  @Value.Default
  public double weightTolerance() {
    return 0.01;
  }

  /** Communications a key position needs in every completed week (COM-01). */
  @Value.Default
  public int keyPositionWeeklyCommunications() {
    return 1;
  }

  /** Communications or formal interviews needed before scoring (COM-02). */
  @Value.Default
  public int minCommunicationsBeforeScoring() {
    return 2;
  }

  /** The last days of the period in which evidence alone suggests scoring from memory (EVA-02). */
  @Value.Default
  public int lastMinuteEvidenceDays() {
    return 3;
  }

  /** Days after the period end by which scoring is done (EVA-05). */
  @Value.Default
  public int scoringDeadlineDays() {
    return 5;
  }

  /** Days after scoring by which the result interview is held (INT-01). */
  @Value.Default
  public int interviewWithinDays() {
    return 7;
  }

  /** Hours of notice before an interview (INT-03). */
  @Value.Default
  public int noticeHours() {
    return 24;
  }

  /** Minutes an interview is planned for at least (INT-04). */
  @Value.Default
  public int minInterviewMinutes() {
    return 30;
  }

  /**
   * When an improvement plan is required at the end of a result interview (INT-08): ALWAYS by default,
   * as the guide asks a plan to be made together at the end of every interview; ON_SHORTFALL asks for
   * one only when a target was missed.
   */
  @Value.Default
  public PlanRequirement improvementPlanRequired() {
    return PlanRequirement.ALWAYS;
  }

  /** Days within which an objection gets a response (APL-01). */
  @Value.Default
  public int objectionResponseDays() {
    return 7;
  }

  /** Days after the evaluation by which results are applied (APP-01). */
  @Value.Default
  public int applicationWithinDays() {
    return 14;
  }

  /** The range scores are given on (EVA-04). */
  @Value.Default
  public RatingScale ratingScale() {
    return RatingScale.of(0, 100);
  }

  /** 360 feedback surveys needed for certification (TRN-01). */
  @Value.Default
  public int certificationSurveys() {
    return 3;
  }

  /** The composite survey score that passes certification (TRN-01). */
  @Value.Default
  public double passMark() {
    return 80.0;
  }

  /** Failed certification periods that bring the penalty (TRN-02). */
  @Value.Default
  public int failedPeriodsForPenalty() {
    return 2;
  }

  /** Monthly management-performance points deducted on penalty (TRN-02). */
  @Value.Default
  public int penaltyPoints() {
    return 10;
  }

  /** Days after results are applied by which the application talk is held (COM-06). */
  @Value.Default
  public int applicationTalkWithinDays() {
    return 7;
  }

  /** Days after filing by which an appeal is decided (APL-04). */
  @Value.Default
  public int appealDecisionDays() {
    return 30;
  }

  /** How long before the confirmation deadline an indicator talk still counts as this period's (COM-04). */
  @Value.Default
  public int indicatorTalkWindowDays() {
    return 31;
  }

  /** How the "N days" of every deadline are counted. */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.CALENDAR;
  }

  /** The working calendar: holidays and make-up working days. */
  @Value.Default
  public CalendarPolicy calendar() {
    return CalendarPolicy.weekdays();
  }

  /** Checkpoint ids switched off. */
  public abstract Set<CheckpointId> disabled();

  /** The company's own severities of checkpoints, by id (a department's override included). */
  public abstract Map<CheckpointId, CheckpointSeverity> severities();

  /** The ids switched off as text, as findings and rule names carry them: compared once per finding. */
  @Value.Lazy
  public Set<String> disabledIds() {
    return disabled().stream().map(CheckpointId::value).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a checkpoint is switched off. */
  public boolean isDisabled(String checkpoint) {
    return disabledIds().contains(checkpoint);
  }

  /** Whether a checkpoint is switched off. */
  public boolean isDisabled(CheckpointId checkpoint) {
    return disabled().contains(checkpoint);
  }

  /** Whether an improvement plan is required even when every target was met. */
  public boolean planAlwaysRequired() {
    return improvementPlanRequired() == PlanRequirement.ALWAYS;
  }

  /** These values with a policy's set values written over them; disabled ids add up, its severities win. */
  public EffectivePolicy with(Policy policy) {
    Builder merged = builder().from(this);
    policy.confirmationDeadlineDays().ifPresent(merged::confirmationDeadlineDays);
    policy.weightTolerance().ifPresent(merged::weightTolerance);
    policy.keyPositionWeeklyCommunications().ifPresent(merged::keyPositionWeeklyCommunications);
    policy.minCommunicationsBeforeScoring().ifPresent(merged::minCommunicationsBeforeScoring);
    policy.lastMinuteEvidenceDays().ifPresent(merged::lastMinuteEvidenceDays);
    policy.scoringDeadlineDays().ifPresent(merged::scoringDeadlineDays);
    policy.interviewWithinDays().ifPresent(merged::interviewWithinDays);
    policy.noticeHours().ifPresent(merged::noticeHours);
    policy.minInterviewMinutes().ifPresent(merged::minInterviewMinutes);
    policy.improvementPlanRequired().ifPresent(merged::improvementPlanRequired);
    policy.objectionResponseDays().ifPresent(merged::objectionResponseDays);
    policy.applicationWithinDays().ifPresent(merged::applicationWithinDays);
    policy.ratingScale().ifPresent(merged::ratingScale);
    policy.certificationSurveys().ifPresent(merged::certificationSurveys);
    policy.passMark().ifPresent(merged::passMark);
    policy.failedPeriodsForPenalty().ifPresent(merged::failedPeriodsForPenalty);
    policy.penaltyPoints().ifPresent(merged::penaltyPoints);
    policy.applicationTalkWithinDays().ifPresent(merged::applicationTalkWithinDays);
    policy.appealDecisionDays().ifPresent(merged::appealDecisionDays);
    policy.indicatorTalkWindowDays().ifPresent(merged::indicatorTalkWindowDays);
    policy.dayCount().ifPresent(merged::dayCount);
    policy.calendar().ifPresent(merged::calendar);
    Set<CheckpointId> disabled = new LinkedHashSet<>(disabled());
    disabled.addAll(policy.disabled());
    Map<CheckpointId, CheckpointSeverity> severities = new LinkedHashMap<>(severities());
    severities.putAll(policy.severities());
    return merged.disabled(disabled).severities(severities).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectivePolicy}. */
  public static final class Builder extends ImmutableEffectivePolicy.Builder {}
}
