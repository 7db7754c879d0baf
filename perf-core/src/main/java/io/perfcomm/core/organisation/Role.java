package io.perfcomm.core.organisation;

/** A role a person holds in the cycle. */
public enum Role {
  /** Evaluated in the cycle. */
  EMPLOYEE,
  /** Evaluates employees. */
  EVALUATOR,
  /** An HR partner. */
  HR,
  /** A leader in charge. */
  LEADER
}
