package io.perfcomm.core.policy;

import java.util.ArrayList;
import java.util.List;

/** The range checks of policy values, shared by the cycle validator, the policy file reader and the engine. */
public final class PolicyProblems {

  private PolicyProblems() {}

  /**
   * What is wrong with a policy as written, one sentence each, naming the field: its company values
   * and each department's values on top of them ({@code departments.SALES.noticeHours -1 is below 0}).
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

  /** What is wrong with the values, one sentence each, naming the field. */
  public static List<String> of(EffectivePolicy policy) {
    List<String> problems = new ArrayList<>();
    atLeast(problems, "confirmationDeadlineDays", policy.confirmationDeadlineDays(), 0);
    atLeast(problems, "keyPositionWeeklyCommunications", policy.keyPositionWeeklyCommunications(), 0);
    atLeast(problems, "minCommunicationsBeforeScoring", policy.minCommunicationsBeforeScoring(), 0);
    atLeast(problems, "lastMinuteEvidenceDays", policy.lastMinuteEvidenceDays(), 0);
    atLeast(problems, "scoringDeadlineDays", policy.scoringDeadlineDays(), 0);
    atLeast(problems, "interviewWithinDays", policy.interviewWithinDays(), 0);
    atLeast(problems, "noticeHours", policy.noticeHours(), 0);
    atLeast(problems, "minInterviewMinutes", policy.minInterviewMinutes(), 1);
    atLeast(problems, "objectionResponseDays", policy.objectionResponseDays(), 0);
    atLeast(problems, "applicationWithinDays", policy.applicationWithinDays(), 0);
    atLeast(problems, "certificationSurveys", policy.certificationSurveys(), 1);
    atLeast(problems, "failedPeriodsForPenalty", policy.failedPeriodsForPenalty(), 1);
    atLeast(problems, "penaltyPoints", policy.penaltyPoints(), 0);
    if (!(policy.weightTolerance() >= 0)) {
      problems.add("weightTolerance " + policy.weightTolerance() + " is negative");
    }
    if (!(policy.passMark() >= 0 && policy.passMark() <= 100)) {
      problems.add("passMark " + policy.passMark() + " is outside 0–100");
    }
    if (!(policy.ratingScale().min() < policy.ratingScale().max())) {
      problems.add("ratingScale min " + policy.ratingScale().min() + " is not below max " + policy.ratingScale().max());
    }
    return problems;
  }

  private static void atLeast(List<String> problems, String field, int value, int min) {
    if (value < min) {
      problems.add(field + " " + value + " is below " + min);
    }
  }
}
