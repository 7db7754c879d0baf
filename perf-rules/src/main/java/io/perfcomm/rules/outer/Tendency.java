package io.perfcomm.rules.outer;

/** How an evaluator scores against the rest of their department, when calibration judges them. */
public enum Tendency {
  /** Their mean result sits at least {@code calibrationMeanGap} above the rest of the department's. */
  LENIENT,
  /** Their mean result sits at least {@code calibrationMeanGap} below the rest of the department's. */
  STRICT,
  /**
   * Their results spread less than {@code calibrationMinSpread} and none lies at the top or the bottom
   * of the scale: everyone in the middle (趋中).
   */
  MIDDLE
}
