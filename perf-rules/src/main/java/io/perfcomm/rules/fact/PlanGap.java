package io.perfcomm.rules.fact;

/** What an improvement plan lacks (APP-02). */
public enum PlanGap {
  NO_OWNER,
  UNDATED_ACTIONS,
  NO_RESOURCE_SUPPORT,
  NO_CAUSES,
  NO_ACTIONS
}
