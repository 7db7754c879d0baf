package io.perfcomm.core.appeal;

/** How a result was applied (结果应用). */
public enum ApplicationAction {
  /** An improvement plan is made from the result. */
  IMPROVEMENT_PLAN,
  /** Training is requested for the employee. */
  TRAINING_REQUEST,
  /** The next period's indicators or plan are adjusted. */
  PLAN_ADJUSTMENT,
  /** Performance pay is calculated from the result (held back while an appeal is pending). */
  PAY,
  /** A penalty follows from the result (held back while an appeal is pending). */
  PENALTY,
  /** The result was applied and calls for nothing further. */
  NO_ACTION
}
