package io.perfcomm.core.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
  /** Filed and neither decided nor withdrawn yet. */
  PENDING,
  /** Decided: the decision records the outcome. */
  DECIDED,
  /** Withdrawn by the employee before a decision. */
  WITHDRAWN
}
