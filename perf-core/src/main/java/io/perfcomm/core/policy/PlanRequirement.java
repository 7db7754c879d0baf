package io.perfcomm.core.policy;

/** When an improvement plan is required at the end of a result interview. */
public enum PlanRequirement {
  /** A plan is required only when a target was missed. */
  ON_SHORTFALL,
  /** A plan is required after every result interview. */
  ALWAYS
}
