package io.perfcomm.core.policy;

import io.perfcomm.core.CheckpointId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One value of the policy, described once — its name in the policy file, what it means, its default,
 * its range and the checkpoints it serves — as java.time describes each {@code ChronoField} once with
 * its {@code ValueRange}. {@link Policy#overriddenBy} and {@link EffectivePolicy#with} merge every value
 * through {@link #ALL}, {@link PolicyProblems} checks every range from it, perf-rules' checkpoint
 * catalogue takes each checkpoint's policy values from it, and README's policy table is held to it by
 * a test; the typed accessors of {@link Policy} and {@link EffectivePolicy} only name it.
 *
 * <p>Adding a value: one entry here (added to {@link #ALL}), an {@code Optional} accessor of the same
 * name in {@link Policy}, and an {@code @Value.Default} accessor in {@link EffectivePolicy} returning
 * {@link #defaultValue()}.
 *
 * @param <T> the type of the value: {@code Integer}, {@code Double} or a value type of this package
 */
public final class PolicyValue<T> {

  /** A day count: at most a leap year, so no deadline can overflow a date. */
  static final int MAX_DAYS = 366;

  /** Hours in a leap year. */
  static final int MAX_HOURS = 8784;

  /** Minutes in a day. */
  static final int MAX_MINUTES = 1440;

  /** A count of talks, surveys or periods; far above any company's practice. */
  static final int MAX_COUNT = 366;

  /** Days after the period start by which indicators are approved and signed. */
  public static final PolicyValue<Integer> CONFIRMATION_DEADLINE_DAYS = days("confirmationDeadlineDays", 0,
      "Days after the period start by which indicators are approved and signed",
      Policy::confirmationDeadlineDays, Policy.Builder::confirmationDeadlineDays,
      EffectivePolicy::confirmationDeadlineDays, EffectivePolicy.Builder::confirmationDeadlineDays,
      "OBJ-01", "OBJ-02", "COM-04");

  /** How far the weights of a sheet may stray from 100. */
  public static final PolicyValue<Double> WEIGHT_TOLERANCE = new PolicyValue<>("weightTolerance", 0.01,
      "How far the weights of a sheet may stray from 100", Range.of(0, 100), v -> List.of(),
      Policy::weightTolerance, Policy.Builder::weightTolerance,
      EffectivePolicy::weightTolerance, EffectivePolicy.Builder::weightTolerance, "OBJ-04");

  /** Communications a key position needs in every completed week. */
  public static final PolicyValue<Integer> KEY_POSITION_WEEKLY_COMMUNICATIONS = count("keyPositionWeeklyCommunications", 1,
      0, "Communications a key position needs in every completed week",
      Policy::keyPositionWeeklyCommunications, Policy.Builder::keyPositionWeeklyCommunications,
      EffectivePolicy::keyPositionWeeklyCommunications, EffectivePolicy.Builder::keyPositionWeeklyCommunications,
      "COM-01");

  /** Communications or formal interviews needed before scoring. */
  public static final PolicyValue<Integer> MIN_COMMUNICATIONS_BEFORE_SCORING = count("minCommunicationsBeforeScoring", 2,
      0, "Communications or formal interviews needed before scoring",
      Policy::minCommunicationsBeforeScoring, Policy.Builder::minCommunicationsBeforeScoring,
      EffectivePolicy::minCommunicationsBeforeScoring, EffectivePolicy.Builder::minCommunicationsBeforeScoring,
      "COM-02");

  /** The last days of the period in which evidence alone suggests scoring from memory. */
  public static final PolicyValue<Integer> LAST_MINUTE_EVIDENCE_DAYS = days("lastMinuteEvidenceDays", 3,
      "The last days of the period in which evidence alone suggests scoring from memory (0 switches it off)",
      Policy::lastMinuteEvidenceDays, Policy.Builder::lastMinuteEvidenceDays,
      EffectivePolicy::lastMinuteEvidenceDays, EffectivePolicy.Builder::lastMinuteEvidenceDays, "EVA-02");

  /** Days after the period end by which scoring is done. */
  public static final PolicyValue<Integer> SCORING_DEADLINE_DAYS = days("scoringDeadlineDays", 5,
      "Days after the period end by which scoring is done",
      Policy::scoringDeadlineDays, Policy.Builder::scoringDeadlineDays,
      EffectivePolicy::scoringDeadlineDays, EffectivePolicy.Builder::scoringDeadlineDays, "EVA-05", "EVA-07");

  /** Days after scoring by which the result interview is held. */
  public static final PolicyValue<Integer> INTERVIEW_WITHIN_DAYS = days("interviewWithinDays", 7,
      "Days after scoring by which the result interview is held",
      Policy::interviewWithinDays, Policy.Builder::interviewWithinDays,
      EffectivePolicy::interviewWithinDays, EffectivePolicy.Builder::interviewWithinDays, "INT-01");

  /** Hours of notice before an interview. */
  public static final PolicyValue<Integer> NOTICE_HOURS = new PolicyValue<>("noticeHours", 24,
      "Hours of notice before an interview", Range.of(0, MAX_HOURS), v -> List.of(),
      Policy::noticeHours, Policy.Builder::noticeHours,
      EffectivePolicy::noticeHours, EffectivePolicy.Builder::noticeHours, "INT-03");

  /** Minutes an interview is planned for at least. */
  public static final PolicyValue<Integer> MIN_INTERVIEW_MINUTES = new PolicyValue<>("minInterviewMinutes", 30,
      "Minutes an interview is planned for at least", Range.of(1, MAX_MINUTES), v -> List.of(),
      Policy::minInterviewMinutes, Policy.Builder::minInterviewMinutes,
      EffectivePolicy::minInterviewMinutes, EffectivePolicy.Builder::minInterviewMinutes, "INT-04");

  /** When an improvement plan is required at the end of a result interview. */
  public static final PolicyValue<PlanRequirement> IMPROVEMENT_PLAN_REQUIRED = new PolicyValue<>("improvementPlanRequired",
      PlanRequirement.ALWAYS, "When an improvement plan is required at the end of a result interview: ALWAYS or ON_SHORTFALL",
      null, v -> List.of(),
      Policy::improvementPlanRequired, Policy.Builder::improvementPlanRequired,
      EffectivePolicy::improvementPlanRequired, EffectivePolicy.Builder::improvementPlanRequired, "INT-08", "APL-05");

  /** How pay is handled while an appeal is pending. */
  public static final PolicyValue<PayDuringAppeal> PAY_DURING_APPEAL = new PolicyValue<>("payDuringAppeal",
      PayDuringAppeal.HOLD, "How pay is handled while an appeal is pending: HOLD (no pay or penalty on the disputed "
          + "result until the decision) or PAY_AND_ADJUST (pay on the current result, penalties wait, pay settled "
          + "again after an amending decision)", null, v -> List.of(),
      Policy::payDuringAppeal, Policy.Builder::payDuringAppeal,
      EffectivePolicy::payDuringAppeal, EffectivePolicy.Builder::payDuringAppeal, "APL-02", "APL-03");

  /** Days within which an objection gets a response. */
  public static final PolicyValue<Integer> OBJECTION_RESPONSE_DAYS = days("objectionResponseDays", 7,
      "Days within which an objection gets a response",
      Policy::objectionResponseDays, Policy.Builder::objectionResponseDays,
      EffectivePolicy::objectionResponseDays, EffectivePolicy.Builder::objectionResponseDays, "APL-01");

  /** Days after the evaluation by which results are applied. */
  public static final PolicyValue<Integer> APPLICATION_WITHIN_DAYS = days("applicationWithinDays", 14,
      "Days after the evaluation by which results are applied",
      Policy::applicationWithinDays, Policy.Builder::applicationWithinDays,
      EffectivePolicy::applicationWithinDays, EffectivePolicy.Builder::applicationWithinDays, "APP-01", "APL-03");

  /** The range scores are given on. */
  public static final PolicyValue<RatingScale> RATING_SCALE = new PolicyValue<>("ratingScale", RatingScale.of(0, 100),
      "The range scores are given on: a finite min below max", null, PolicyValue::ratingScaleProblems,
      Policy::ratingScale, Policy.Builder::ratingScale,
      EffectivePolicy::ratingScale, EffectivePolicy.Builder::ratingScale, "EVA-04");

  /** 360 feedback surveys needed for certification. */
  public static final PolicyValue<Integer> CERTIFICATION_SURVEYS = count("certificationSurveys", 3, 1,
      "360 feedback surveys needed for certification",
      Policy::certificationSurveys, Policy.Builder::certificationSurveys,
      EffectivePolicy::certificationSurveys, EffectivePolicy.Builder::certificationSurveys, "TRN-01");

  /** The composite survey score that passes certification. */
  public static final PolicyValue<Double> PASS_MARK = new PolicyValue<>("passMark", 80.0,
      "The composite survey score that passes certification", Range.of(0, 100), v -> List.of(),
      Policy::passMark, Policy.Builder::passMark, EffectivePolicy::passMark, EffectivePolicy.Builder::passMark, "TRN-01");

  /** Failed certification periods that bring the penalty. */
  public static final PolicyValue<Integer> FAILED_PERIODS_FOR_PENALTY = count("failedPeriodsForPenalty", 2, 1,
      "Failed certification periods that bring the penalty",
      Policy::failedPeriodsForPenalty, Policy.Builder::failedPeriodsForPenalty,
      EffectivePolicy::failedPeriodsForPenalty, EffectivePolicy.Builder::failedPeriodsForPenalty, "TRN-02");

  /** Monthly management-performance points deducted on penalty. */
  public static final PolicyValue<Integer> PENALTY_POINTS = new PolicyValue<>("penaltyPoints", 10,
      "Monthly management-performance points deducted on penalty", Range.of(0, 100), v -> List.of(),
      Policy::penaltyPoints, Policy.Builder::penaltyPoints,
      EffectivePolicy::penaltyPoints, EffectivePolicy.Builder::penaltyPoints, "TRN-02");

  /** Days after results are applied by which the application talk is held. */
  public static final PolicyValue<Integer> APPLICATION_TALK_WITHIN_DAYS = days("applicationTalkWithinDays", 7,
      "Days after results are applied by which the application talk is held",
      Policy::applicationTalkWithinDays, Policy.Builder::applicationTalkWithinDays,
      EffectivePolicy::applicationTalkWithinDays, EffectivePolicy.Builder::applicationTalkWithinDays, "COM-06");

  /** Days after filing by which an appeal is decided. */
  public static final PolicyValue<Integer> APPEAL_DECISION_DAYS = days("appealDecisionDays", 30,
      "Days after filing by which an appeal is decided and the decision communicated",
      Policy::appealDecisionDays, Policy.Builder::appealDecisionDays,
      EffectivePolicy::appealDecisionDays, EffectivePolicy.Builder::appealDecisionDays, "APL-04");

  /** How long before the confirmation deadline an indicator talk still counts as this period's. */
  public static final PolicyValue<Integer> INDICATOR_TALK_WINDOW_DAYS = days("indicatorTalkWindowDays", 31,
      "How long before the confirmation deadline an indicator talk still counts as this period's",
      Policy::indicatorTalkWindowDays, Policy.Builder::indicatorTalkWindowDays,
      EffectivePolicy::indicatorTalkWindowDays, EffectivePolicy.Builder::indicatorTalkWindowDays, "COM-04");

  /** How many of a person's working days a week must hold to be judged for them. */
  public static final PolicyValue<Integer> MIN_WORKING_DAYS_PER_WEEK = new PolicyValue<>("minWorkingDaysPerWeek", 3,
      "How many of a person's working days a week must hold to be judged for them", Range.of(1, 7), v -> List.of(),
      Policy::minWorkingDaysPerWeek, Policy.Builder::minWorkingDaysPerWeek,
      EffectivePolicy::minWorkingDaysPerWeek, EffectivePolicy.Builder::minWorkingDaysPerWeek, "COM-01", "EVA-06");

  /** How the "N days" of every deadline are counted. */
  public static final PolicyValue<DayCount> DAY_COUNT = new PolicyValue<>("dayCount", DayCount.CALENDAR,
      "How the \"N days\" of every deadline are counted: CALENDAR or WORKING", null, v -> List.of(),
      Policy::dayCount, Policy.Builder::dayCount, EffectivePolicy::dayCount, EffectivePolicy.Builder::dayCount);

  /** The working calendar: holidays and make-up working days. */
  public static final PolicyValue<CalendarPolicy> CALENDAR = new PolicyValue<>("calendar", CalendarPolicy.weekdays(),
      "The working calendar: holidays and make-up working days (weekdays work by default)", null,
      PolicyValue::calendarProblems,
      Policy::calendar, Policy.Builder::calendar, EffectivePolicy::calendar, EffectivePolicy.Builder::calendar);

  /** How far an evaluator's mean result may sit from the rest of their department's before calibration lists them. */
  public static final PolicyValue<Double> CALIBRATION_MEAN_GAP = new PolicyValue<>("calibrationMeanGap", 10.0,
      "How far an evaluator's mean result may sit from the rest of their department's, in percent of the rating "
          + "scale, before the report calls them lenient or strict (calibration)", Range.of(0, 100), v -> List.of(),
      Policy::calibrationMeanGap, Policy.Builder::calibrationMeanGap,
      EffectivePolicy::calibrationMeanGap, EffectivePolicy.Builder::calibrationMeanGap, Scope.CALIBRATION);

  /** The spread of an evaluator's results below which they put everyone in the middle. */
  public static final PolicyValue<Double> CALIBRATION_MIN_SPREAD = new PolicyValue<>("calibrationMinSpread", 3.0,
      "The spread (standard deviation) of an evaluator's results, in percent of the rating scale, below which "
          + "they put everyone in the middle (calibration)", Range.of(0, 100), v -> List.of(),
      Policy::calibrationMinSpread, Policy.Builder::calibrationMinSpread,
      EffectivePolicy::calibrationMinSpread, EffectivePolicy.Builder::calibrationMinSpread, Scope.CALIBRATION);

  /** Results an evaluator needs before calibration judges them. */
  public static final PolicyValue<Integer> CALIBRATION_MIN_RESULTS = new PolicyValue<>("calibrationMinResults", 5,
      "Results (employee-months scored) an evaluator needs before calibration judges them", Range.of(1, MAX_COUNT),
      v -> List.of(), Policy::calibrationMinResults, Policy.Builder::calibrationMinResults,
      EffectivePolicy::calibrationMinResults, EffectivePolicy.Builder::calibrationMinResults, Scope.CALIBRATION);

  /** Every policy value, in the order of the policy file and README's table. */
  public static final List<PolicyValue<?>> ALL = List.of(
      CONFIRMATION_DEADLINE_DAYS, WEIGHT_TOLERANCE, KEY_POSITION_WEEKLY_COMMUNICATIONS,
      MIN_COMMUNICATIONS_BEFORE_SCORING, LAST_MINUTE_EVIDENCE_DAYS, SCORING_DEADLINE_DAYS, INTERVIEW_WITHIN_DAYS,
      NOTICE_HOURS, MIN_INTERVIEW_MINUTES, IMPROVEMENT_PLAN_REQUIRED, PAY_DURING_APPEAL, OBJECTION_RESPONSE_DAYS,
      APPLICATION_WITHIN_DAYS, RATING_SCALE, CERTIFICATION_SURVEYS, PASS_MARK, FAILED_PERIODS_FOR_PENALTY,
      PENALTY_POINTS, APPLICATION_TALK_WITHIN_DAYS, APPEAL_DECISION_DAYS, INDICATOR_TALK_WINDOW_DAYS,
      MIN_WORKING_DAYS_PER_WEEK, DAY_COUNT, CALENDAR, CALIBRATION_MEAN_GAP, CALIBRATION_MIN_SPREAD,
      CALIBRATION_MIN_RESULTS);

  private final String name;
  private final T defaultValue;
  private final String description;
  private final Range range;
  private final Function<T, List<String>> check;
  private final List<CheckpointId> checkpoints;
  private final Scope scope;
  private final Function<Policy, Optional<T>> written;
  private final BiConsumer<Policy.Builder, Optional<T>> write;
  private final Function<EffectivePolicy, T> effective;
  private final BiConsumer<EffectivePolicy.Builder, T> set;

  private PolicyValue(String name, T defaultValue, String description, Range range, Function<T, List<String>> check,
      Function<Policy, Optional<T>> written, BiConsumer<Policy.Builder, Optional<T>> write,
      Function<EffectivePolicy, T> effective, BiConsumer<EffectivePolicy.Builder, T> set, String... checkpoints) {
    this(name, defaultValue, description, range, check, written, write, effective, set, Scope.CHECKPOINTS, checkpoints);
  }

  private PolicyValue(String name, T defaultValue, String description, Range range, Function<T, List<String>> check,
      Function<Policy, Optional<T>> written, BiConsumer<Policy.Builder, Optional<T>> write,
      Function<EffectivePolicy, T> effective, BiConsumer<EffectivePolicy.Builder, T> set, Scope scope,
      String... checkpoints) {
    this.scope = scope;
    this.name = name;
    this.defaultValue = defaultValue;
    this.description = description;
    this.range = range;
    this.check = check;
    this.written = written;
    this.write = write;
    this.effective = effective;
    this.set = set;
    this.checkpoints = java.util.Arrays.stream(checkpoints).map(CheckpointId::of).collect(Collectors.toUnmodifiableList());
  }

  /** A day count, 0–366. */
  private static PolicyValue<Integer> days(String name, int defaultValue, String description,
      Function<Policy, Optional<Integer>> written, BiConsumer<Policy.Builder, Optional<Integer>> write,
      Function<EffectivePolicy, Integer> effective, BiConsumer<EffectivePolicy.Builder, Integer> set, String... checkpoints) {
    return new PolicyValue<>(name, defaultValue, description, Range.of(0, MAX_DAYS), v -> List.of(), written, write,
        effective, set, checkpoints);
  }

  /** A count of talks, surveys or periods, from {@code min} to 366. */
  private static PolicyValue<Integer> count(String name, int defaultValue, int min, String description,
      Function<Policy, Optional<Integer>> written, BiConsumer<Policy.Builder, Optional<Integer>> write,
      Function<EffectivePolicy, Integer> effective, BiConsumer<EffectivePolicy.Builder, Integer> set, String... checkpoints) {
    return new PolicyValue<>(name, defaultValue, description, Range.of(min, MAX_COUNT), v -> List.of(), written, write,
        effective, set, checkpoints);
  }

  /** {@return the name in the policy file (and of the accessors), e.g. {@code noticeHours}} */
  public String name() {
    return name;
  }

  /** {@return the default of DOMAIN.md §6, in force where no policy sets the value} */
  public T defaultValue() {
    return defaultValue;
  }

  /** {@return what the value means, in a sentence without a full stop} */
  public String description() {
    return description;
  }

  /** {@return the range a number must lie in, both ends included; empty for values that are not a number} */
  public Optional<Range> range() {
    return Optional.ofNullable(range);
  }

  /**
   * {@return what the value serves, as README's table says it: its checkpoints, "every deadline" for the
   * calendar and the day count, "the report's calibration, per department" for the outer loop's
   * thresholds (each department's evaluators are judged with its own value where its policy sets one)}
   */
  public String serves() {
    if (!checkpoints.isEmpty()) {
      return checkpoints.stream().map(CheckpointId::value).collect(Collectors.joining(", "));
    }
    return scope == Scope.CALIBRATION ? "the report's calibration, per department" : "every deadline";
  }

  /** {@return the checkpoints whose reading this value sets; empty for the calendar, the day count and the report's thresholds} */
  public List<CheckpointId> checkpoints() {
    return checkpoints;
  }

  /**
   * {@return the value a policy writes, if it writes one}
   *
   * @param policy the policy as written
   */
  public Optional<T> in(Policy policy) {
    return written.apply(policy);
  }

  /**
   * {@return the value in force}
   *
   * @param policy the values in force
   */
  public T in(EffectivePolicy policy) {
    return effective.apply(policy);
  }

  /** Writes {@code over}'s value, if it sets one, else {@code under}'s, into a policy being merged. */
  void merge(Policy under, Policy over, Policy.Builder merged) {
    write.accept(merged, in(over).or(() -> in(under)));
  }

  /** Writes a policy's value, if it sets one, over the values in force being built. */
  void apply(Policy policy, EffectivePolicy.Builder merged) {
    in(policy).ifPresent(value -> set.accept(merged, value));
  }

  /** What is wrong with the value in force, one sentence each starting with the name ({@code noticeHours -1 is outside 0–8784}). */
  List<String> problems(EffectivePolicy policy) {
    T value = in(policy);
    List<String> problems = new ArrayList<>();
    if (range != null && !range.contains(((Number) value).doubleValue())) {
      problems.add(name + " " + value + " is outside " + range);
    }
    problems.addAll(check.apply(value));
    return problems;
  }

  /**
   * {@return the names of the values that serve a checkpoint, in the order of {@link #ALL}}
   *
   * @param checkpoint the checkpoint's id
   */
  public static List<String> namesServing(CheckpointId checkpoint) {
    return ALL.stream().filter(v -> v.checkpoints.contains(checkpoint)).map(PolicyValue::name).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return name;
  }

  private static List<String> ratingScaleProblems(RatingScale scale) {
    if (!Double.isFinite(scale.min()) || !Double.isFinite(scale.max())) {
      return List.of("ratingScale " + scale.min() + "–" + scale.max() + " is not a finite range");
    }
    if (!(scale.min() < scale.max())) {
      return List.of("ratingScale min " + scale.min() + " is not below max " + scale.max());
    }
    return List.of();
  }

  private static List<String> calendarProblems(CalendarPolicy calendar) {
    Set<LocalDate> both = new TreeSet<>(calendar.holidays());
    both.retainAll(calendar.workdays());
    return both.stream().map(day -> "calendar " + day + " is both a holiday and a make-up working day")
        .collect(Collectors.toList());
  }

  /** What a value without checkpoints of its own serves: every deadline (the calendar), or the report's calibration. */
  private enum Scope { CHECKPOINTS, CALIBRATION }

  /**
   * The range of a number, both ends included, written as README's table and the problems write it
   * ({@code 0–366}).
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   */
  public record Range(double min, double max) {

    /**
     * {@return the range from {@code min} to {@code max}}
     *
     * @param min the smallest value allowed
     * @param max the largest value allowed
     */
    public static Range of(double min, double max) {
      return new Range(min, max);
    }

    /**
     * {@return whether a number lies in the range (NaN does not)}
     *
     * @param value the number
     */
    public boolean contains(double value) {
      return value >= min && value <= max;
    }

    @Override
    public String toString() {
      return number(min) + "–" + number(max);
    }

    private static String number(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }
}
