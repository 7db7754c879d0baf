package io.perfcomm.rules.agenda;

import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.ResourceKind;
import java.util.Objects;

/**
 * One cause an improvement plan names, read for the kind of resource support it calls for (DOMAIN.md
 * §4f): a cause about skills or methods calls for training, one about customers, contacts or
 * cooperation for network, one about targets, rules or process for policy, one about money, tools or
 * staffing for budget. Read once by the engine ({@link CauseReading}); the agenda sheets reason over it.
 *
 * @param plan the plan naming the cause
 * @param cause the cause as the plan states it
 * @param kind the resource support it calls for
 */
public record CauseHint(PlanId plan, String cause, ResourceKind kind) {

  /**
   * Checks the hint.
   *
   * @param plan the plan naming the cause
   * @param cause the cause as the plan states it
   * @param kind the resource support it calls for
   */
  public CauseHint {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return "CauseHint[plan=" + plan + ", kind=" + kind + "]";
  }
}
