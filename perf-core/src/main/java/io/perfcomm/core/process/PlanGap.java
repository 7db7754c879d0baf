package io.perfcomm.core.process;

/** What an improvement plan lacks (APP-02). */
public enum PlanGap {
  /** No owner named. */
  NO_OWNER,
  /** Actions without a due date. */
  UNDATED_ACTIONS,
  /** A target was missed, but no resource support (training, network, policy, budget) is planned. */
  NO_RESOURCE_SUPPORT,
  /** No causes of the shortfall written down. */
  NO_CAUSES,
  /** No improvement actions. */
  NO_ACTIONS
}
