package io.perfcomm.core.interview;

/** Where an objection stands. */
public enum ObjectionStatus {
  /** Raised and not yet settled. */
  OPEN,
  /** Settled with the employee. */
  RESOLVED,
  /** Taken to a formal appeal. */
  ESCALATED,
  /** Withdrawn by the employee. */
  WITHDRAWN
}
