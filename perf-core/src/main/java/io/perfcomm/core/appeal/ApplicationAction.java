package io.perfcomm.core.appeal;

/** How a result was applied (结果应用). */
public enum ApplicationAction {
  IMPROVEMENT_PLAN,
  TRAINING_REQUEST,
  PLAN_ADJUSTMENT,
  PAY,
  PENALTY,
  NO_ACTION
}
