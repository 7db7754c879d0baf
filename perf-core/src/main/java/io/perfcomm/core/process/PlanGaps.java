package io.perfcomm.core.process;

import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.PlanId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one of this period's improvement plans lacks (APP-02, DOMAIN.md §6.2): an owner, causes and
 * actions with due dates always, resource support when the employee missed a target ({@link
 * Shortfall}). Made only for a plan with at least one gap.
 *
 * @param plan the plan
 * @param gaps what it lacks, in the order a reader checks a plan
 * @param undatedActions how many of its actions have no due date
 * @param shortfalls how many targets the employee's evaluations missed
 */
public record PlanGaps(PlanId plan, List<PlanGap> gaps, int undatedActions, int shortfalls) {

  /**
   * A plan's gaps; the list is copied.
   *
   * @param plan the plan
   * @param gaps what it lacks
   * @param undatedActions how many of its actions have no due date
   * @param shortfalls how many targets the employee's evaluations missed
   */
  public PlanGaps {
    gaps = List.copyOf(gaps);
  }

  /**
   * {@return the gaps of a plan, given how many targets were missed; empty when it lacks nothing}
   *
   * @param plan the plan
   * @param shortfalls how many targets the employee's evaluations missed
   */
  public static Optional<PlanGaps> of(ImprovementPlan plan, int shortfalls) {
    List<PlanGap> gaps = new ArrayList<>();
    if (plan.owner().isEmpty()) {
      gaps.add(PlanGap.NO_OWNER);
    }
    if (plan.causes().isEmpty()) {
      gaps.add(PlanGap.NO_CAUSES);
    }
    if (plan.actions().isEmpty()) {
      gaps.add(PlanGap.NO_ACTIONS);
    }
    if (plan.undatedActions() > 0) {
      gaps.add(PlanGap.UNDATED_ACTIONS);
    }
    if (plan.resources().isEmpty() && shortfalls > 0) {
      gaps.add(PlanGap.NO_RESOURCE_SUPPORT);
    }
    return gaps.isEmpty() ? Optional.empty() : Optional.of(new PlanGaps(plan.id(), gaps, plan.undatedActions(), shortfalls));
  }
}
