package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.RatingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calibration (校准): how each evaluator scores beside their department, so HR sees where scores of
 * different evaluators do not mean the same thing.
 *
 * <p>Each evaluator's overall results (one per employee-month scored) are compared with the rest of
 * their department's: those of the department's other evaluators, so that one evaluator cannot pull
 * the reference towards themselves; when those are fewer than {@code calibrationMinResults}, with the
 * rest of the company's. An evaluator with at least {@code calibrationMinResults} results is judged:
 * {@link Tendency#LENIENT} or {@link Tendency#STRICT} when the means differ by at least {@code
 * calibrationMeanGap} percent of the rating scale, {@link Tendency#MIDDLE} when their results spread
 * less than {@code calibrationMinSpread} percent of the scale with none at its top or bottom.
 *
 * @param scale the rating scale the figures are on
 * @param meanGap the {@code calibrationMeanGap} in force, percent of the scale
 * @param minSpread the {@code calibrationMinSpread} in force, percent of the scale
 * @param minResults the {@code calibrationMinResults} in force
 * @param periods the periods, oldest first
 * @param departments each department's figures, by name
 * @param evaluators each evaluator's figures: those who stand out first, the largest gap first
 */
public record Calibration(RatingScale scale, double meanGap, double minSpread, int minResults, List<PeriodId> periods,
    List<CalibrationFigures> departments, List<CalibrationFigures> evaluators) {

  /**
   * Copies the lists.
   *
   * @param scale the {@code scale} component
   * @param meanGap the {@code meanGap} component
   * @param minSpread the {@code minSpread} component
   * @param minResults the {@code minResults} component
   * @param periods the {@code periods} component
   * @param departments the {@code departments} component
   * @param evaluators the {@code evaluators} component
   */
  public Calibration {
    periods = List.copyOf(periods);
    departments = List.copyOf(departments);
    evaluators = List.copyOf(evaluators);
  }

  /** {@return the evaluators calibration lists: lenient, strict or everyone in the middle} */
  public List<CalibrationFigures> standingOut() {
    return evaluators.stream().filter(CalibrationFigures::standsOut).toList();
  }

  /**
   * The calibration of some scored results.
   *
   * @param results the results of every period, in any order
   * @param periods the periods, oldest first
   * @param policy the rating scale and the calibration thresholds in force
   * @param evaluatorName an evaluator's name, as the latest period gives it
   * @param departmentName a department's name by its key, as the latest period gives it
   * @return the calibration
   */
  public static Calibration of(List<ScoredResult> results, List<PeriodId> periods, EffectivePolicy policy,
      Function<PersonId, String> evaluatorName, Function<String, String> departmentName) {
    RatingScale scale = policy.ratingScale();
    double range = scale.max() - scale.min();
    Map<String, List<ScoredResult>> byDepartment = results.stream()
        .collect(Collectors.groupingBy(ScoredResult::department, TreeMap::new, Collectors.toList()));
    Map<PersonId, List<ScoredResult>> byEvaluator = results.stream()
        .collect(Collectors.groupingBy(ScoredResult::evaluator, LinkedHashMap::new, Collectors.toList()));

    List<CalibrationFigures> departments = new ArrayList<>();
    byDepartment.forEach((key, own) -> departments.add(new CalibrationFigures(Optional.empty(), departmentName.apply(key),
        departmentName.apply(key), Distribution.of(resultsOf(own), scale), Distribution.of(scoresOf(own), scale),
        byPeriod(own, periods, scale), Optional.empty(), false, Double.NaN, false, Set.of())));
    departments.sort(Comparator.comparing(CalibrationFigures::name));

    List<CalibrationFigures> evaluators = new ArrayList<>();
    byEvaluator.forEach((evaluator, own) -> {
      String department = mostOf(own);
      List<ScoredResult> rest = byDepartment.get(department).stream().filter(r -> !r.evaluator().equals(evaluator)).toList();
      boolean company = rest.size() < policy.calibrationMinResults();
      if (company) {
        rest = results.stream().filter(r -> !r.evaluator().equals(evaluator)).toList();
      }
      Distribution mine = Distribution.of(resultsOf(own), scale);
      Distribution others = Distribution.of(resultsOf(rest), scale);
      double gap = others.isEmpty() ? Double.NaN : 100 * (mine.mean() - others.mean()) / range;
      boolean judged = mine.count() >= policy.calibrationMinResults() && others.count() >= policy.calibrationMinResults();
      Set<Tendency> tendencies = EnumSet.noneOf(Tendency.class);
      if (judged) {
        if (gap >= policy.calibrationMeanGap()) {
          tendencies.add(Tendency.LENIENT);
        } else if (gap <= -policy.calibrationMeanGap()) {
          tendencies.add(Tendency.STRICT);
        }
      }
      // Everyone in the middle needs no comparison, only enough of the evaluator's own results.
      if (mine.count() >= policy.calibrationMinResults() && 100 * mine.spread() / range < policy.calibrationMinSpread()
          && mine.topShare() == 0 && mine.bottomShare() == 0) {
        tendencies.add(Tendency.MIDDLE);
      }
      evaluators.add(new CalibrationFigures(Optional.of(evaluator), evaluatorName.apply(evaluator),
          departmentName.apply(department), mine, Distribution.of(scoresOf(own), scale), byPeriod(own, periods, scale),
          Optional.of(others), company, gap, judged, tendencies));
    });
    evaluators.sort(Comparator.comparing((CalibrationFigures f) -> !f.standsOut())
        .thenComparing(Comparator.comparingDouble((CalibrationFigures f) -> Double.isNaN(f.gap()) ? 0 : Math.abs(f.gap()))
            .reversed())
        .thenComparing(f -> f.evaluator().map(PersonId::value).orElse("")));
    return new Calibration(scale, policy.calibrationMeanGap(), policy.calibrationMinSpread(), policy.calibrationMinResults(),
        periods, departments, evaluators);
  }

  /** The department most of an evaluator's results are in; the first by key on a tie. */
  private static String mostOf(List<ScoredResult> results) {
    Map<String, Long> counts = results.stream()
        .collect(Collectors.groupingBy(ScoredResult::department, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private static Map<PeriodId, Distribution> byPeriod(List<ScoredResult> results, List<PeriodId> periods, RatingScale scale) {
    Map<PeriodId, Distribution> out = new LinkedHashMap<>();
    for (PeriodId period : periods) {
      out.put(period, Distribution.of(resultsOf(results.stream().filter(r -> r.period().equals(period)).toList()), scale));
    }
    return out;
  }

  private static List<Double> resultsOf(List<ScoredResult> results) {
    return results.stream().map(ScoredResult::result).toList();
  }

  private static List<Double> scoresOf(List<ScoredResult> results) {
    return results.stream().flatMap(r -> r.scores().stream()).toList();
  }
}
