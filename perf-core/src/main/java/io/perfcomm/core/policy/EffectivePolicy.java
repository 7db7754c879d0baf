package io.perfcomm.core.policy;

import java.util.LinkedHashSet;
import java.util.Set;
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
    return 0;
  }

  /** {@return how far the weights of a sheet may stray from 100 (OBJ-04)} */
  @Value.Default
  public double weightTolerance() {
    return 0.01;
  }

  /** {@return communications a key position needs in every completed week (COM-01)} */
  @Value.Default
  public int keyPositionWeeklyCommunications() {
    return 1;
  }

  /** {@return communications or formal interviews needed before scoring (COM-02)} */
  @Value.Default
  public int minCommunicationsBeforeScoring() {
    return 2;
  }

  /** {@return the last days of the period in which evidence alone suggests scoring from memory (EVA-02)} */
  @Value.Default
  public int lastMinuteEvidenceDays() {
    return 3;
  }

  /** {@return days after the period end by which scoring is done (EVA-05)} */
  @Value.Default
  public int scoringDeadlineDays() {
    return 5;
  }

  /** {@return days after scoring by which the result interview is held (INT-01)} */
  @Value.Default
  public int interviewWithinDays() {
    return 7;
  }

  /** {@return hours of notice before an interview (INT-03)} */
  @Value.Default
  public int noticeHours() {
    return 24;
  }

  /** {@return minutes an interview is planned for at least (INT-04)} */
  @Value.Default
  public int minInterviewMinutes() {
    return 30;
  }

  /**
   * {@return when an improvement plan is required at the end of a result interview (INT-08): ALWAYS
   * by default,
   * as the guide asks a plan to be made together at the end of every interview; ON_SHORTFALL asks for
   * one only when a target was missed}
   */
  @Value.Default
  public PlanRequirement improvementPlanRequired() {
    return PlanRequirement.ALWAYS;
  }

  /**
   * {@return how pay is handled while an appeal is pending (APL-02, APL-03): HOLD by default (no pay or
   * penalty on the disputed result until the decision); PAY_AND_ADJUST pays on the current result and
   * adjusts after an amending decision, holding only penalties}
   */
  @Value.Default
  public PayDuringAppeal payDuringAppeal() {
    return PayDuringAppeal.HOLD;
  }

  /** {@return whether performance pay waits for a pending appeal or an unresolved objection (HOLD)} */
  public boolean holdsPayDuringAppeal() {
    return payDuringAppeal() == PayDuringAppeal.HOLD;
  }

  /** {@return days within which an objection gets a response (APL-01)} */
  @Value.Default
  public int objectionResponseDays() {
    return 7;
  }

  /** {@return days after the evaluation by which results are applied (APP-01)} */
  @Value.Default
  public int applicationWithinDays() {
    return 14;
  }

  /** {@return the range scores are given on (EVA-04)} */
  @Value.Default
  public RatingScale ratingScale() {
    return RatingScale.of(0, 100);
  }

  /** {@return 360 feedback surveys needed for certification (TRN-01)} */
  @Value.Default
  public int certificationSurveys() {
    return 3;
  }

  /** {@return the composite survey score that passes certification (TRN-01)} */
  @Value.Default
  public double passMark() {
    return 80.0;
  }

  /** {@return failed certification periods that bring the penalty (TRN-02)} */
  @Value.Default
  public int failedPeriodsForPenalty() {
    return 2;
  }

  /** {@return monthly management-performance points deducted on penalty (TRN-02)} */
  @Value.Default
  public int penaltyPoints() {
    return 10;
  }

  /** {@return days after results are applied by which the application talk is held (COM-06)} */
  @Value.Default
  public int applicationTalkWithinDays() {
    return 7;
  }

  /** {@return days after filing by which an appeal is decided (APL-04)} */
  @Value.Default
  public int appealDecisionDays() {
    return 30;
  }

  /**
   * {@return how long before the confirmation deadline an indicator talk still counts as this
   * period's (COM-04)}
   */
  @Value.Default
  public int indicatorTalkWindowDays() {
    return 31;
  }

  /** {@return how many of a person's working days a week must hold to be judged for them (COM-01, EVA-06)} */
  @Value.Default
  public int minWorkingDaysPerWeek() {
    return 3;
  }

  /** {@return how the "N days" of every deadline are counted} */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.CALENDAR;
  }

  /** {@return the working calendar: holidays and make-up working days} */
  @Value.Default
  public CalendarPolicy calendar() {
    return CalendarPolicy.weekdays();
  }

  /**
   * {@return how far an evaluator's mean result may sit from the rest of their department's, in percent
   * of the rating scale, before the outer-loop report calls them lenient or strict} 10: a whole grade
   * band (80s against 70s on a 0–100 scale).
   */
  @Value.Default
  public double calibrationMeanGap() {
    return 10.0;
  }

  /**
   * {@return the spread (standard deviation) of an evaluator's results, in percent of the rating scale,
   * below which they put everyone in the middle} 3: less than a third of a grade band.
   */
  @Value.Default
  public double calibrationMinSpread() {
    return 3.0;
  }

  /** {@return results (employee-months scored) an evaluator needs before calibration judges them} 5. */
  @Value.Default
  public int calibrationMinResults() {
    return 5;
  }

  /** {@return checkpoint ids switched off} */
  public abstract Set<String> disabled();

  /**
   * {@return whether a checkpoint is switched off}
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   */
  public boolean isDisabled(String checkpoint) {
    return disabled().contains(checkpoint);
  }

  /** {@return whether an improvement plan is required even when every target was met} */
  public boolean planAlwaysRequired() {
    return improvementPlanRequired() == PlanRequirement.ALWAYS;
  }

  /**
   * {@return these values with a policy's set values written over them; disabled ids add up}
   *
   * @param policy the policy
   */
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
    policy.payDuringAppeal().ifPresent(merged::payDuringAppeal);
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
    policy.minWorkingDaysPerWeek().ifPresent(merged::minWorkingDaysPerWeek);
    policy.dayCount().ifPresent(merged::dayCount);
    policy.calendar().ifPresent(merged::calendar);
    policy.calibrationMeanGap().ifPresent(merged::calibrationMeanGap);
    policy.calibrationMinSpread().ifPresent(merged::calibrationMinSpread);
    policy.calibrationMinResults().ifPresent(merged::calibrationMinResults);
    Set<String> disabled = new LinkedHashSet<>(disabled());
    disabled.addAll(policy.disabled());
    return merged.disabled(disabled).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectivePolicy}. */
  public static final class Builder extends ImmutableEffectivePolicy.Builder {}
}
