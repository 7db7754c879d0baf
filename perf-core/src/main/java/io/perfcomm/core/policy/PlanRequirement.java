package io.perfcomm.core.policy;

/** When an improvement plan is required at the end of a result interview. */
public enum PlanRequirement {
  ON_SHORTFALL,
  ALWAYS
}
