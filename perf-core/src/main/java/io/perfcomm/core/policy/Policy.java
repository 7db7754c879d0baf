package io.perfcomm.core.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.organisation.DepartmentId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A company's policy as written in a cycle or policy file: any subset of the checkpoint
 * thresholds (absent ones keep the defaults of {@link EffectivePolicy#DEFAULTS}), checkpoint ids to
 * disable, and per-department overrides of the same shape.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicy.class)
@JsonDeserialize(as = ImmutablePolicy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Policy {

  /**
   * {@return days after the period start by which indicators are approved and signed (OBJ-01,
   * OBJ-02, COM-04)}
   */
  public abstract Optional<Integer> confirmationDeadlineDays();

  /** {@return how far the weights of a sheet may stray from 100 (OBJ-04)} */
  public abstract Optional<Double> weightTolerance();

  /** {@return communications a key position needs in every completed week (COM-01)} */
  public abstract Optional<Integer> keyPositionWeeklyCommunications();

  /** {@return communications or formal interviews needed before scoring (COM-02)} */
  public abstract Optional<Integer> minCommunicationsBeforeScoring();

  /** {@return the last days of the period in which evidence alone suggests scoring from memory (EVA-02)} */
  public abstract Optional<Integer> lastMinuteEvidenceDays();

  /** {@return days after the period end by which scoring is done (EVA-05)} */
  public abstract Optional<Integer> scoringDeadlineDays();

  /** {@return days after scoring by which the result interview is held (INT-01)} */
  public abstract Optional<Integer> interviewWithinDays();

  /** {@return hours of notice before an interview (INT-03)} */
  public abstract Optional<Integer> noticeHours();

  /** {@return minutes an interview is planned for at least (INT-04)} */
  public abstract Optional<Integer> minInterviewMinutes();

  /** {@return when an improvement plan is required at the end of a result interview (INT-08)} */
  public abstract Optional<PlanRequirement> improvementPlanRequired();

  /** {@return how pay is handled while an appeal is pending (APL-02, APL-03)} */
  public abstract Optional<PayDuringAppeal> payDuringAppeal();

  /** {@return days within which an objection gets a response (APL-01)} */
  public abstract Optional<Integer> objectionResponseDays();

  /** {@return days after the evaluation by which results are applied (APP-01)} */
  public abstract Optional<Integer> applicationWithinDays();

  /** {@return the range scores are given on (EVA-04)} */
  public abstract Optional<RatingScale> ratingScale();

  /** {@return 360 feedback surveys needed for certification (TRN-01)} */
  public abstract Optional<Integer> certificationSurveys();

  /** {@return the composite survey score that passes certification (TRN-01)} */
  public abstract Optional<Double> passMark();

  /** {@return failed certification periods that bring the penalty (TRN-02)} */
  public abstract Optional<Integer> failedPeriodsForPenalty();

  /** {@return monthly management-performance points deducted on penalty (TRN-02)} */
  public abstract Optional<Integer> penaltyPoints();

  /** {@return days after results are applied by which the application talk is held (COM-06)} */
  public abstract Optional<Integer> applicationTalkWithinDays();

  /** {@return days after filing by which an appeal is decided (APL-04)} */
  public abstract Optional<Integer> appealDecisionDays();

  /**
   * {@return how long before the confirmation deadline an indicator talk still counts as this
   * period's (COM-04)}
   */
  public abstract Optional<Integer> indicatorTalkWindowDays();

  /** {@return how many of a person's working days a week must hold to be judged for them (COM-01, EVA-06)} */
  public abstract Optional<Integer> minWorkingDaysPerWeek();

  /** {@return how the "N days" of every deadline are counted} */
  public abstract Optional<DayCount> dayCount();

  /** {@return the working calendar: holidays and make-up working days} */
  public abstract Optional<CalendarPolicy> calendar();

  /**
   * {@return how far an evaluator's mean result may sit from the rest of their department's, in percent
   * of the rating scale, before the outer-loop report calls them lenient or strict (calibration)}
   */
  public abstract Optional<Double> calibrationMeanGap();

  /**
   * {@return the spread (standard deviation) of an evaluator's results, in percent of the rating scale,
   * below which they put everyone in the middle (calibration)}
   */
  public abstract Optional<Double> calibrationMinSpread();

  /** {@return results (employee-months scored) an evaluator needs before calibration judges them} */
  public abstract Optional<Integer> calibrationMinResults();

  /** {@return checkpoint ids switched off, e.g. {@code COM-03}} */
  public abstract Set<String> disabled();

  /**
   * Overrides that apply to one department only, on top of this policy.
   *
   * @return the department overrides, by department
   */
  public abstract Map<DepartmentId, Policy> departments();

  /** {@return the empty policy: every default applies} */
  public static Policy defaults() {
    return builder().build();
  }

  /**
   * {@return this policy with {@code other}'s values written over it: a value {@code other} sets
   * wins, disabled
   * ids add up, department overrides merge per department the same way}
   *
   * @param other the policy whose set values win
   */
  public Policy overriddenBy(Policy other) {
    Builder merged = builder();
    merged.confirmationDeadlineDays(other.confirmationDeadlineDays().or(this::confirmationDeadlineDays));
    merged.weightTolerance(other.weightTolerance().or(this::weightTolerance));
    merged.keyPositionWeeklyCommunications(other.keyPositionWeeklyCommunications().or(this::keyPositionWeeklyCommunications));
    merged.minCommunicationsBeforeScoring(other.minCommunicationsBeforeScoring().or(this::minCommunicationsBeforeScoring));
    merged.lastMinuteEvidenceDays(other.lastMinuteEvidenceDays().or(this::lastMinuteEvidenceDays));
    merged.scoringDeadlineDays(other.scoringDeadlineDays().or(this::scoringDeadlineDays));
    merged.interviewWithinDays(other.interviewWithinDays().or(this::interviewWithinDays));
    merged.noticeHours(other.noticeHours().or(this::noticeHours));
    merged.minInterviewMinutes(other.minInterviewMinutes().or(this::minInterviewMinutes));
    merged.improvementPlanRequired(other.improvementPlanRequired().or(this::improvementPlanRequired));
    merged.payDuringAppeal(other.payDuringAppeal().or(this::payDuringAppeal));
    merged.objectionResponseDays(other.objectionResponseDays().or(this::objectionResponseDays));
    merged.applicationWithinDays(other.applicationWithinDays().or(this::applicationWithinDays));
    merged.ratingScale(other.ratingScale().or(this::ratingScale));
    merged.certificationSurveys(other.certificationSurveys().or(this::certificationSurveys));
    merged.passMark(other.passMark().or(this::passMark));
    merged.failedPeriodsForPenalty(other.failedPeriodsForPenalty().or(this::failedPeriodsForPenalty));
    merged.penaltyPoints(other.penaltyPoints().or(this::penaltyPoints));
    merged.applicationTalkWithinDays(other.applicationTalkWithinDays().or(this::applicationTalkWithinDays));
    merged.appealDecisionDays(other.appealDecisionDays().or(this::appealDecisionDays));
    merged.indicatorTalkWindowDays(other.indicatorTalkWindowDays().or(this::indicatorTalkWindowDays));
    merged.minWorkingDaysPerWeek(other.minWorkingDaysPerWeek().or(this::minWorkingDaysPerWeek));
    merged.dayCount(other.dayCount().or(this::dayCount));
    merged.calendar(other.calendar().or(this::calendar));
    merged.calibrationMeanGap(other.calibrationMeanGap().or(this::calibrationMeanGap));
    merged.calibrationMinSpread(other.calibrationMinSpread().or(this::calibrationMinSpread));
    merged.calibrationMinResults(other.calibrationMinResults().or(this::calibrationMinResults));
    Set<String> disabled = new LinkedHashSet<>(disabled());
    disabled.addAll(other.disabled());
    merged.disabled(disabled);
    Map<DepartmentId, Policy> departments = new LinkedHashMap<>(departments());
    other.departments().forEach((id, policy) -> departments.merge(id, policy, Policy::overriddenBy));
    return merged.departments(departments).build();
  }

  /** {@return the values in force for the whole company} */
  public EffectivePolicy effective() {
    return EffectivePolicy.DEFAULTS.with(this);
  }

  /**
   * {@return the values in force in one department: the company values with its overrides applied}
   *
   * @param department the department
   */
  public EffectivePolicy effective(DepartmentId department) {
    Policy own = departments().get(department);
    return own == null ? effective() : effective().with(own);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {}
}
