package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one evaluator, or one department, scores: the distribution of overall results and of indicator
 * scores across all periods and of results in each period; for an evaluator also the rest of their
 * department's results beside theirs and what calibration makes of the difference.
 *
 * @param evaluator the evaluator, or empty for a department's figures
 * @param name the evaluator's or the department's name, as the latest period gives it
 * @param department the department's name (for an evaluator, the one most of their results are in)
 * @param thresholds the thresholds that department is judged with: its own where its policy overrides
 *     the company's, else the company's
 * @param results the overall results, one per employee-month scored
 * @param scores the indicator scores
 * @param resultsByPeriod the overall results of each period, oldest first
 * @param comparedWith the results an evaluator is compared with: the rest of their department's, or
 *     the rest of the company's when the department has too few; empty for a department
 * @param comparedWithCompany whether {@code comparedWith} is the rest of the company
 * @param gap the evaluator's mean result less {@code comparedWith}'s, in percent of the rating scale;
 *     NaN when there is nothing to compare
 * @param judged whether there were enough results (both theirs and the comparison's) to judge
 * @param tendencies what calibration finds: empty when nothing stands out or when not judged
 */
public record CalibrationFigures(Optional<PersonId> evaluator, String name, String department,
    CalibrationThresholds thresholds, Distribution results,
    Distribution scores, Map<PeriodId, Distribution> resultsByPeriod, Optional<Distribution> comparedWith,
    boolean comparedWithCompany, double gap, boolean judged, Set<Tendency> tendencies) {

  /**
   * Copies the collections.
   *
   * @param evaluator the {@code evaluator} component
   * @param name the {@code name} component
   * @param department the {@code department} component
   * @param thresholds the {@code thresholds} component
   * @param results the {@code results} component
   * @param scores the {@code scores} component
   * @param resultsByPeriod the {@code resultsByPeriod} component
   * @param comparedWith the {@code comparedWith} component
   * @param comparedWithCompany the {@code comparedWithCompany} component
   * @param gap the {@code gap} component
   * @param judged the {@code judged} component
   * @param tendencies the {@code tendencies} component
   */
  public CalibrationFigures {
    Objects.requireNonNull(thresholds, "thresholds");
    resultsByPeriod = Collections.unmodifiableMap(new LinkedHashMap<>(resultsByPeriod));
    tendencies = tendencies.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tendencies));
  }

  /** {@return whether calibration lists this evaluator: they score more leniently or strictly, or in the middle} */
  public boolean standsOut() {
    return !tendencies.isEmpty();
  }
}
