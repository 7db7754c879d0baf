package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.policy.EffectivePolicy;
import java.util.Objects;

/**
 * The calibration thresholds one department is judged with, and the period whose policy set them: the
 * company's, or a department's own where its policy overrides them.
 *
 * @param period the period whose policy in force set them: for a department, the latest period it
 *     appears in; for the company, the latest period
 * @param meanGap the {@code calibrationMeanGap}, percent of the rating scale
 * @param minSpread the {@code calibrationMinSpread}, percent of the rating scale
 * @param minResults the {@code calibrationMinResults}
 */
public record CalibrationThresholds(PeriodId period, double meanGap, double minSpread, int minResults) {

  /**
   * Checks that the period is given.
   *
   * @param period the {@code period} component
   * @param meanGap the {@code meanGap} component
   * @param minSpread the {@code minSpread} component
   * @param minResults the {@code minResults} component
   */
  public CalibrationThresholds {
    Objects.requireNonNull(period, "period");
  }

  /**
   * The thresholds of the policy in force in a period.
   *
   * @param policy the policy values in force (a department's, its overrides included, or the company's)
   * @param period the period they are in force in
   * @return the thresholds
   */
  public static CalibrationThresholds of(EffectivePolicy policy, PeriodId period) {
    return new CalibrationThresholds(period, policy.calibrationMeanGap(), policy.calibrationMinSpread(),
        policy.calibrationMinResults());
  }

  /**
   * Whether two sets of thresholds judge alike, whatever period set them.
   *
   * @param other the other thresholds
   * @return whether the gap, the spread and the number of results are the same
   */
  public boolean sameValues(CalibrationThresholds other) {
    return Double.compare(meanGap, other.meanGap) == 0 && Double.compare(minSpread, other.minSpread) == 0
        && minResults == other.minResults;
  }
}
