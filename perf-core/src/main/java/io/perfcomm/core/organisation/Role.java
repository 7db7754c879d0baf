package io.perfcomm.core.organisation;

/** A role a person holds in the cycle. */
public enum Role {
  EMPLOYEE,
  EVALUATOR,
  HR,
  LEADER
}
