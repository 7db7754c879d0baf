package io.perfcomm.core.appeal;

/** What an appeal decision did to the result. */
public enum DecisionOutcome {
  /** The appeal is upheld: the employee was right. */
  UPHELD,
  /** The result is amended in part. */
  AMENDED,
  /** The appeal is rejected: the result stands. */
  REJECTED
}
