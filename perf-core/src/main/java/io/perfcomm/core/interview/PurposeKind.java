package io.perfcomm.core.interview;

/** The stated purpose of an interview; dismissal, demotion and improvement warning are sensitive. */
public enum PurposeKind {
  /** Reviewing the period's result. */
  RESULT_REVIEW,
  /** A warning to improve (sensitive: needs preparation and HR or leader support). */
  IMPROVEMENT_WARNING,
  /** A demotion (sensitive). */
  DEMOTION,
  /** A dismissal (sensitive). */
  DISMISSAL,
  /** A promotion. */
  PROMOTION,
  /** Another purpose, stated in words. */
  OTHER
}
