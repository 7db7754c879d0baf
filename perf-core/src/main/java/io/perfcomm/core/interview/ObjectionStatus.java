package io.perfcomm.core.interview;

/** Where an objection stands. */
public enum ObjectionStatus {
  OPEN,
  RESOLVED,
  ESCALATED,
  WITHDRAWN
}
