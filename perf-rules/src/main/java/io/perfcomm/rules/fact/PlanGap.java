package io.perfcomm.rules.fact;

/** What an improvement plan lacks (APP-02). */
public enum PlanGap {
  /** No one owns the plan. */
  NO_OWNER,
  /** An action has no due date. */
  UNDATED_ACTIONS,
  /** No resource support although a target was missed. */
  NO_RESOURCE_SUPPORT,
  /** No cause is named. */
  NO_CAUSES,
  /** No action is planned. */
  NO_ACTIONS
}
