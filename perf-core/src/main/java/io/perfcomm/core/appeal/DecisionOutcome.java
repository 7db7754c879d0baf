package io.perfcomm.core.appeal;

/** What an appeal decision did to the result. */
public enum DecisionOutcome {
  UPHELD,
  AMENDED,
  REJECTED
}
