package io.perfcomm.core.policy;

import java.util.ArrayList;
import java.util.List;

/** The range checks of policy values, shared by the cycle validator, the policy file reader and the engine. */
public final class PolicyProblems {

  private PolicyProblems() {}

  /**
   * {@return what is wrong with a policy as written, one sentence each, naming the field: its company values
   * and each department's values on top of them ({@code departments.SALES.noticeHours -1 is outside 0–8784})}
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
   * {@return what is wrong with the values, one sentence each, naming the field (the ranges of {@link
   * PolicyValue})}
   *
   * @param policy the policy
   */
  public static List<String> of(EffectivePolicy policy) {
    List<String> problems = new ArrayList<>();
    PolicyValue.ALL.forEach(value -> problems.addAll(value.problems(policy)));
    return problems;
  }
}
