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

  /**
   * {@return days after the period start by which indicators are approved and signed (OBJ-01,
   * OBJ-02, COM-04)}
   */
  @Value.Default
  public int confirmationDeadlineDays() {
    return PolicyValue.CONFIRMATION_DEADLINE_DAYS.defaultValue();
  }

  /** {@return how far the weights of a sheet may stray from 100 (OBJ-04)} */
  @Value.Default
  public double weightTolerance() {
    return PolicyValue.WEIGHT_TOLERANCE.defaultValue();
  }

  /** {@return communications a key position needs in every completed week (COM-01)} */
  @Value.Default
  public int keyPositionWeeklyCommunications() {
    return PolicyValue.KEY_POSITION_WEEKLY_COMMUNICATIONS.defaultValue();
  }

  /** {@return communications or formal interviews needed before scoring (COM-02)} */
  @Value.Default
  public int minCommunicationsBeforeScoring() {
    return PolicyValue.MIN_COMMUNICATIONS_BEFORE_SCORING.defaultValue();
  }

  /** {@return the last days of the period in which evidence alone suggests scoring from memory (EVA-02)} */
  @Value.Default
  public int lastMinuteEvidenceDays() {
    return PolicyValue.LAST_MINUTE_EVIDENCE_DAYS.defaultValue();
  }

  /** {@return days after the period end by which scoring is done (EVA-05)} */
  @Value.Default
  public int scoringDeadlineDays() {
    return PolicyValue.SCORING_DEADLINE_DAYS.defaultValue();
  }

  /** {@return days after scoring by which the result interview is held (INT-01)} */
  @Value.Default
  public int interviewWithinDays() {
    return PolicyValue.INTERVIEW_WITHIN_DAYS.defaultValue();
  }

  /** {@return hours of notice before an interview (INT-03)} */
  @Value.Default
  public int noticeHours() {
    return PolicyValue.NOTICE_HOURS.defaultValue();
  }

  /** {@return minutes an interview is planned for at least (INT-04)} */
  @Value.Default
  public int minInterviewMinutes() {
    return PolicyValue.MIN_INTERVIEW_MINUTES.defaultValue();
  }

  /**
   * {@return when an improvement plan is required at the end of a result interview (INT-08): ALWAYS
   * by default,
   * as the guide asks a plan to be made together at the end of every interview; ON_SHORTFALL asks for
   * one only when a target was missed}
   */
  @Value.Default
  public PlanRequirement improvementPlanRequired() {
    return PolicyValue.IMPROVEMENT_PLAN_REQUIRED.defaultValue();
  }

  /**
   * {@return how pay is handled while an appeal is pending (APL-02, APL-03): HOLD by default (no pay or
   * penalty on the disputed result until the decision); PAY_AND_ADJUST pays on the current result and
   * adjusts after an amending decision, holding only penalties}
   */
  @Value.Default
  public PayDuringAppeal payDuringAppeal() {
    return PolicyValue.PAY_DURING_APPEAL.defaultValue();
  }

  /** {@return whether performance pay waits for a pending appeal or an unresolved objection (HOLD)} */
  public boolean holdsPayDuringAppeal() {
    return payDuringAppeal() == PayDuringAppeal.HOLD;
  }

  /** {@return days within which an objection gets a response (APL-01)} */
  @Value.Default
  public int objectionResponseDays() {
    return PolicyValue.OBJECTION_RESPONSE_DAYS.defaultValue();
  }

  /** {@return days after the evaluation by which results are applied (APP-01)} */
  @Value.Default
  public int applicationWithinDays() {
    return PolicyValue.APPLICATION_WITHIN_DAYS.defaultValue();
  }

  /** {@return the range scores are given on (EVA-04)} */
  @Value.Default
  public RatingScale ratingScale() {
    return PolicyValue.RATING_SCALE.defaultValue();
  }

  /** {@return 360 feedback surveys needed for certification (TRN-01)} */
  @Value.Default
  public int certificationSurveys() {
    return PolicyValue.CERTIFICATION_SURVEYS.defaultValue();
  }

  /** {@return the composite survey score that passes certification (TRN-01)} */
  @Value.Default
  public double passMark() {
    return PolicyValue.PASS_MARK.defaultValue();
  }

  /** {@return failed certification periods that bring the penalty (TRN-02)} */
  @Value.Default
  public int failedPeriodsForPenalty() {
    return PolicyValue.FAILED_PERIODS_FOR_PENALTY.defaultValue();
  }

  /** {@return monthly management-performance points deducted on penalty (TRN-02)} */
  @Value.Default
  public int penaltyPoints() {
    return PolicyValue.PENALTY_POINTS.defaultValue();
  }

  /** {@return days after results are applied by which the application talk is held (COM-06)} */
  @Value.Default
  public int applicationTalkWithinDays() {
    return PolicyValue.APPLICATION_TALK_WITHIN_DAYS.defaultValue();
  }

  /** {@return days after filing by which an appeal is decided (APL-04)} */
  @Value.Default
  public int appealDecisionDays() {
    return PolicyValue.APPEAL_DECISION_DAYS.defaultValue();
  }

  /**
   * {@return how long before the confirmation deadline an indicator talk still counts as this
   * period's (COM-04)}
   */
  @Value.Default
  public int indicatorTalkWindowDays() {
    return PolicyValue.INDICATOR_TALK_WINDOW_DAYS.defaultValue();
  }

  /** {@return how many of a person's working days a week must hold to be judged for them (COM-01, EVA-06)} */
  @Value.Default
  public int minWorkingDaysPerWeek() {
    return PolicyValue.MIN_WORKING_DAYS_PER_WEEK.defaultValue();
  }

  /** {@return how the "N days" of every deadline are counted} */
  @Value.Default
  public DayCount dayCount() {
    return PolicyValue.DAY_COUNT.defaultValue();
  }

  /** {@return the working calendar: holidays and make-up working days} */
  @Value.Default
  public CalendarPolicy calendar() {
    return PolicyValue.CALENDAR.defaultValue();
  }

  /**
   * {@return how far an evaluator's mean result may sit from the rest of their department's, in percent
   * of the rating scale, before the outer-loop report calls them lenient or strict} 10: a whole grade
   * band (80s against 70s on a 0–100 scale).
   */
  @Value.Default
  public double calibrationMeanGap() {
    return PolicyValue.CALIBRATION_MEAN_GAP.defaultValue();
  }

  /**
   * {@return the spread (standard deviation) of an evaluator's results, in percent of the rating scale,
   * below which they put everyone in the middle} 3: less than a third of a grade band.
   */
  @Value.Default
  public double calibrationMinSpread() {
    return PolicyValue.CALIBRATION_MIN_SPREAD.defaultValue();
  }

  /** {@return results (employee-months scored) an evaluator needs before calibration judges them} 5. */
  @Value.Default
  public int calibrationMinResults() {
    return PolicyValue.CALIBRATION_MIN_RESULTS.defaultValue();
  }

  /** {@return checkpoint ids switched off} */
  public abstract Set<CheckpointId> disabled();

  /** {@return the company's own severities of checkpoints, by id (a department's override included)} */
  public abstract Map<CheckpointId, CheckpointSeverity> severities();

  /** {@return the ids switched off as text, as findings and rule names carry them: compared once per finding} */
  @Value.Lazy
  public Set<String> disabledIds() {
    return disabled().stream().map(CheckpointId::value).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@return whether a checkpoint is switched off}
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   */
  public boolean isDisabled(String checkpoint) {
    return disabledIds().contains(checkpoint);
  }

  /**
   * {@return whether a checkpoint is switched off}
   *
   * @param checkpoint the checkpoint's id
   */
  public boolean isDisabled(CheckpointId checkpoint) {
    return disabled().contains(checkpoint);
  }

  /** {@return whether an improvement plan is required even when every target was met} */
  public boolean planAlwaysRequired() {
    return improvementPlanRequired() == PlanRequirement.ALWAYS;
  }

  /**
   * {@return these values with a policy's set values written over them; disabled ids add up, its
   * severities win}
   *
   * @param policy the policy
   */
  public EffectivePolicy with(Policy policy) {
    Builder merged = builder().from(this);
    PolicyValue.ALL.forEach(value -> value.apply(policy, merged));
    Set<CheckpointId> disabled = new LinkedHashSet<>(disabled());
    disabled.addAll(policy.disabled());
    Map<CheckpointId, CheckpointSeverity> severities = new LinkedHashMap<>(severities());
    severities.putAll(policy.severities());
    return merged.disabled(disabled).severities(severities).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectivePolicy}. */
  public static final class Builder extends ImmutableEffectivePolicy.Builder {}
}
