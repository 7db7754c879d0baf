package io.perfcomm.rules.outer;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One employee's scoring in one period, as calibration reads it: who scored, in which department, the
 * indicator scores and the overall result (their weighted mean).
 *
 * @param period the period
 * @param employee the employee scored
 * @param evaluator who scored
 * @param department the key of the employee's department (its id) in that period
 * @param scores the indicator scores
 * @param result the overall result: the scores weighted by their indicators' weights on the sheet, or
 *     their plain mean when the sheet does not give every scored indicator a weight
 */
public record ScoredResult(PeriodId period, PersonId employee, PersonId evaluator, String department, List<Double> scores,
    double result) {

  /**
   * Copies the scores.
   *
   * @param period the {@code period} component
   * @param employee the {@code employee} component
   * @param evaluator the {@code evaluator} component
   * @param department the {@code department} component
   * @param scores the {@code scores} component
   * @param result the {@code result} component
   */
  public ScoredResult {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(department, "department");
    scores = List.copyOf(scores);
  }

  /**
   * The scoring of an evaluation of a cycle, if it scored anything.
   *
   * @param cycle the cycle the evaluation belongs to
   * @param evaluation the evaluation
   * @param department the key of the employee's department
   */
  static Optional<ScoredResult> of(Cycle cycle, Evaluation evaluation, String department) {
    if (evaluation.scores().isEmpty()) {
      return Optional.empty();
    }
    Map<IndicatorId, Double> weights = new HashMap<>();
    cycle.sheets().stream().filter(s -> s.employee().equals(evaluation.employee()))
        .flatMap(s -> s.indicators().stream()).forEach(i -> weights.put(i.id(), weight(i)));
    double weighted = 0;
    double weight = 0;
    double sum = 0;
    boolean everyWeight = true;
    List<Double> scores = evaluation.scores().stream().map(Score::score).toList();
    for (Score score : evaluation.scores()) {
      Double w = weights.get(score.indicator());
      everyWeight &= w != null && w > 0;
      weighted += score.score() * (w == null ? 0 : w);
      weight += w == null ? 0 : w;
      sum += score.score();
    }
    double result = everyWeight && weight > 0 ? weighted / weight : sum / scores.size();
    return Optional.of(new ScoredResult(cycle.period().id(), evaluation.employee(), evaluation.evaluator(), department,
        scores, result));
  }

  private static double weight(Indicator indicator) {
    return Double.isFinite(indicator.weight()) ? indicator.weight() : 0;
  }
}
