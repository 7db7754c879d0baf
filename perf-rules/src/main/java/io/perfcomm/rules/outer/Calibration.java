package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.RatingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>Each evaluator is judged with the thresholds of their department (the one most of their results
 * are in): its own where its policy overrides the company's, else the company's.
 *
 * @param scale the rating scale the figures are on
 * @param thresholds the company's thresholds, of the latest period's policy
 * @param periods the periods, oldest first
 * @param departments each department's figures, by name
 * @param evaluators each evaluator's figures: those who stand out first, the largest gap first
 */
public record Calibration(RatingScale scale, CalibrationThresholds thresholds, List<PeriodId> periods,
    List<CalibrationFigures> departments, List<CalibrationFigures> evaluators) {

  /**
   * Copies the lists.
   *
   * @param scale the {@code scale} component
   * @param thresholds the {@code thresholds} component
   * @param periods the {@code periods} component
   * @param departments the {@code departments} component
   * @param evaluators the {@code evaluators} component
   */
  public Calibration {
    Objects.requireNonNull(thresholds, "thresholds");
    periods = List.copyOf(periods);
    departments = List.copyOf(departments);
    evaluators = List.copyOf(evaluators);
  }

  /** {@return the evaluators calibration lists: lenient, strict or everyone in the middle} */
  public List<CalibrationFigures> standingOut() {
    return evaluators.stream().filter(CalibrationFigures::standsOut).toList();
  }

  /** {@return the departments judged with thresholds other than the company's, by name} */
  public List<CalibrationFigures> ownThresholds() {
    return departments.stream().filter(d -> !d.thresholds().sameValues(thresholds)).toList();
  }

  /**
   * The calibration of some scored results.
   *
   * @param results the results of every period, in any order
   * @param periods the periods, oldest first
   * @param scale the rating scale results are on
   * @param company the company's thresholds
   * @param departments the thresholds of departments, by key (a department's id); a department not in it
   *     is judged with the company's
   * @param evaluatorName an evaluator's name, as the latest period gives it
   * @param departmentName a department's name by its key, as the latest period gives it
   * @return the calibration
   */
  public static Calibration of(List<ScoredResult> results, List<PeriodId> periods, RatingScale scale,
      CalibrationThresholds company, Map<String, CalibrationThresholds> departments,
      Function<PersonId, String> evaluatorName, Function<String, String> departmentName) {
    double range = scale.max() - scale.min();
    Map<String, List<ScoredResult>> byDepartment = results.stream()
        .collect(Collectors.groupingBy(ScoredResult::department, TreeMap::new, Collectors.toList()));
    Map<PersonId, List<ScoredResult>> byEvaluator = results.stream()
        .collect(Collectors.groupingBy(ScoredResult::evaluator, LinkedHashMap::new, Collectors.toList()));
    Function<String, CalibrationThresholds> thresholdsOf = key -> departments.getOrDefault(key, company);

    List<CalibrationFigures> departmentFigures = new ArrayList<>();
    byDepartment.forEach((key, own) -> departmentFigures.add(new CalibrationFigures(Optional.empty(),
        departmentName.apply(key), departmentName.apply(key), thresholdsOf.apply(key), Distribution.of(resultsOf(own), scale),
        Distribution.of(scoresOf(own), scale), byPeriod(own, periods, scale), Optional.empty(), false, Double.NaN, false,
        Set.of())));
    departmentFigures.sort(Comparator.comparing(CalibrationFigures::name));

    List<CalibrationFigures> evaluators = new ArrayList<>();
    byEvaluator.forEach((evaluator, own) -> {
      String department = mostOf(own);
      CalibrationThresholds judgedBy = thresholdsOf.apply(department);
      List<ScoredResult> rest = byDepartment.get(department).stream().filter(r -> !r.evaluator().equals(evaluator)).toList();
      boolean withCompany = rest.size() < judgedBy.minResults();
      if (withCompany) {
        rest = results.stream().filter(r -> !r.evaluator().equals(evaluator)).toList();
      }
      Distribution mine = Distribution.of(resultsOf(own), scale);
      Distribution others = Distribution.of(resultsOf(rest), scale);
      double gap = others.isEmpty() ? Double.NaN : 100 * (mine.mean() - others.mean()) / range;
      boolean judged = mine.count() >= judgedBy.minResults() && others.count() >= judgedBy.minResults();
      Set<Tendency> tendencies = EnumSet.noneOf(Tendency.class);
      if (judged) {
        if (gap >= judgedBy.meanGap()) {
          tendencies.add(Tendency.LENIENT);
        } else if (gap <= -judgedBy.meanGap()) {
          tendencies.add(Tendency.STRICT);
        }
      }
      // Everyone in the middle needs no comparison, only enough of the evaluator's own results.
      if (mine.count() >= judgedBy.minResults() && 100 * mine.spread() / range < judgedBy.minSpread()
          && mine.topShare() == 0 && mine.bottomShare() == 0) {
        tendencies.add(Tendency.MIDDLE);
      }
      evaluators.add(new CalibrationFigures(Optional.of(evaluator), evaluatorName.apply(evaluator),
          departmentName.apply(department), judgedBy, mine, Distribution.of(scoresOf(own), scale),
          byPeriod(own, periods, scale), Optional.of(others), withCompany, gap, judged, tendencies));
    });
    evaluators.sort(Comparator.comparing((CalibrationFigures f) -> !f.standsOut())
        .thenComparing(Comparator.comparingDouble((CalibrationFigures f) -> Double.isNaN(f.gap()) ? 0 : Math.abs(f.gap()))
            .reversed())
        .thenComparing(f -> f.evaluator().map(PersonId::value).orElse("")));
    return new Calibration(scale, company, periods, departmentFigures, evaluators);
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
