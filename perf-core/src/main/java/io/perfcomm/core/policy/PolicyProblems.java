package io.perfcomm.core.policy;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The range checks of policy values, shared by the cycle validator, the policy file reader and the engine. */
public final class PolicyProblems {

  /** A day count: at most a leap year, so no deadline can overflow a date. */
  private static final int MAX_DAYS = 366;

  /** Hours in a leap year. */
  private static final int MAX_HOURS = 8784;

  /** Minutes in a day. */
  private static final int MAX_MINUTES = 1440;

  /** A count of talks, surveys or periods; far above any company's practice. */
  private static final int MAX_COUNT = 366;

  private PolicyProblems() {}

  /**
   * {@return what is wrong with a policy as written, one sentence each, naming the field: its company values
   * and each department's values on top of them ({@code departments.SALES.noticeHours -1 is below 0})}
   *
   * @param policy the policy
   */
  public static List<String> of(Policy policy) {
    EffectivePolicy company = EffectivePolicy.DEFAULTS.with(policy);
    List<String> problems = new ArrayList<>(of(company));
    policy.departments().forEach((id, own) -> {
      if (!own.departments().isEmpty()) {
        problems.add("departments." + id + ".departments: department overrides do not nest");
      }
      of(company.with(own)).stream()
          .filter(problem -> !problems.contains(problem))
          .forEach(problem -> problems.add("departments." + id + "." + problem));
    });
    return problems;
  }

  /**
   * {@return what is wrong with the values, one sentence each, naming the field (ranges of FORMAT.md)}
   *
   * @param policy the policy
   */
  public static List<String> of(EffectivePolicy policy) {
    List<String> problems = new ArrayList<>();
    days(problems, "confirmationDeadlineDays", policy.confirmationDeadlineDays());
    within(problems, "keyPositionWeeklyCommunications", policy.keyPositionWeeklyCommunications(), 0, MAX_COUNT);
    within(problems, "minCommunicationsBeforeScoring", policy.minCommunicationsBeforeScoring(), 0, MAX_COUNT);
    days(problems, "lastMinuteEvidenceDays", policy.lastMinuteEvidenceDays());
    days(problems, "scoringDeadlineDays", policy.scoringDeadlineDays());
    days(problems, "interviewWithinDays", policy.interviewWithinDays());
    within(problems, "noticeHours", policy.noticeHours(), 0, MAX_HOURS);
    within(problems, "minInterviewMinutes", policy.minInterviewMinutes(), 1, MAX_MINUTES);
    days(problems, "objectionResponseDays", policy.objectionResponseDays());
    days(problems, "applicationWithinDays", policy.applicationWithinDays());
    days(problems, "applicationTalkWithinDays", policy.applicationTalkWithinDays());
    days(problems, "appealDecisionDays", policy.appealDecisionDays());
    days(problems, "indicatorTalkWindowDays", policy.indicatorTalkWindowDays());
    within(problems, "minWorkingDaysPerWeek", policy.minWorkingDaysPerWeek(), 1, 7);
    within(problems, "certificationSurveys", policy.certificationSurveys(), 1, MAX_COUNT);
    within(problems, "failedPeriodsForPenalty", policy.failedPeriodsForPenalty(), 1, MAX_COUNT);
    within(problems, "penaltyPoints", policy.penaltyPoints(), 0, 100);
    if (!(policy.weightTolerance() >= 0 && policy.weightTolerance() <= 100)) {
      problems.add("weightTolerance " + policy.weightTolerance() + " is outside 0–100");
    }
    if (!(policy.passMark() >= 0 && policy.passMark() <= 100)) {
      problems.add("passMark " + policy.passMark() + " is outside 0–100");
    }
    RatingScale scale = policy.ratingScale();
    if (!Double.isFinite(scale.min()) || !Double.isFinite(scale.max())) {
      problems.add("ratingScale " + scale.min() + "–" + scale.max() + " is not a finite range");
    } else if (!(scale.min() < scale.max())) {
      problems.add("ratingScale min " + scale.min() + " is not below max " + scale.max());
    }
    percentOfScale(problems, "calibrationMeanGap", policy.calibrationMeanGap());
    percentOfScale(problems, "calibrationMinSpread", policy.calibrationMinSpread());
    within(problems, "calibrationMinResults", policy.calibrationMinResults(), 1, MAX_COUNT);
    Set<LocalDate> both = new TreeSet<>(policy.calendar().holidays());
    both.retainAll(policy.calendar().workdays());
    both.forEach(day -> problems.add("calendar " + day + " is both a holiday and a make-up working day"));
    return problems;
  }

  private static void percentOfScale(List<String> problems, String field, double value) {
    if (!(value >= 0 && value <= 100)) {
      problems.add(field + " " + value + " is outside 0–100 (percent of the rating scale)");
    }
  }

  private static void days(List<String> problems, String field, int value) {
    within(problems, field, value, 0, MAX_DAYS);
  }

  private static void within(List<String> problems, String field, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(field + " " + value + " is outside " + min + "–" + max);
    }
  }
}
