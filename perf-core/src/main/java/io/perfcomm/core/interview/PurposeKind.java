package io.perfcomm.core.interview;

/** The stated purpose of an interview; dismissal, demotion and improvement warning are sensitive. */
public enum PurposeKind {
  RESULT_REVIEW,
  IMPROVEMENT_WARNING,
  DEMOTION,
  DISMISSAL,
  PROMOTION,
  OTHER
}
