package io.perfcomm.rules.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.RatingScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Calibration on small hand-made score sets: one department of five evaluators, each scoring six
 * employees in one period (one result each), and what calibration makes of each of them.
 */
class CalibrationTest {

  private static final PeriodId MARCH = PeriodId.of("2026-03");
  private static final PeriodId APRIL = PeriodId.of("2026-04");

  /** Two ordinary evaluators: results spread over the 60s to the 80s, mean 75. */
  private static final double[] ORDINARY = {62, 68, 74, 78, 84, 84};

  /** Scores everyone in the 90s: mean 94, 17 points above the ordinary evaluators' 75 (and the strict one's). */
  private static final double[] LENIENT = {90, 92, 94, 95, 96, 97};

  /** Scores everyone in the 50s and low 60s: mean 56. */
  private static final double[] STRICT = {50, 52, 55, 57, 60, 62};

  /** Scores everyone 80. */
  private static final double[] MIDDLE = {80, 80, 80, 80, 80, 80};

  /** Results in the 70s and 80s, mean 79. */
  private static final double[] MEAN_79 = {71, 75, 79, 83, 87};

  /** Results in the 80s and 90s, mean 86: 7 above {@link #MEAN_79}, under the company's gap of 10. */
  private static final double[] MEAN_86 = {78, 82, 86, 90, 94};

  private final List<ScoredResult> results = new ArrayList<>();

  private void scores(String evaluator, String department, PeriodId period, double... values) {
    for (int i = 0; i < values.length; i++) {
      String employee = evaluator + "-E" + i;
      results.add(new ScoredResult(period, PersonId.of(employee), PersonId.of(evaluator), department,
          List.of(values[i], values[i]), values[i]));
    }
  }

  private Calibration calibration(EffectivePolicy policy) {
    return calibration(policy, Map.of());
  }

  /** The calibration with the company's policy and some departments' own, as of the latest period. */
  private Calibration calibration(EffectivePolicy company, Map<String, EffectivePolicy> departments) {
    List<PeriodId> periods = results.stream().map(ScoredResult::period).distinct().sorted().toList();
    PeriodId latest = periods.get(periods.size() - 1);
    Map<String, CalibrationThresholds> own = new HashMap<>();
    departments.forEach((key, policy) -> own.put(key, CalibrationThresholds.of(policy, latest)));
    return Calibration.of(results, periods, company.ratingScale(), CalibrationThresholds.of(company, latest), own,
        PersonId::value, key -> key);
  }

  private Calibration salesDepartment() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("ORD2", "SALES", MARCH, ORDINARY);
    scores("LENIENT", "SALES", MARCH, LENIENT);
    scores("STRICT", "SALES", MARCH, STRICT);
    scores("MIDDLE", "SALES", MARCH, MIDDLE);
    return calibration(EffectivePolicy.DEFAULTS);
  }

  private static CalibrationFigures evaluator(Calibration calibration, String id) {
    return calibration.evaluators().stream().filter(e -> e.evaluator().orElseThrow().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aLenientEvaluatorIsListedWithTheirMeanAboveTheRestOfTheDepartment() {
    CalibrationFigures lenient = evaluator(salesDepartment(), "LENIENT");
    assertEquals(Set.of(Tendency.LENIENT), lenient.tendencies());
    assertEquals(94.0, lenient.results().mean(), 1e-9);
    // The rest of the department: two ordinary evaluators (75 each), the strict one (56), the middle one (80).
    double rest = (2 * 75 + 56 + 80) / 4.0;
    assertEquals(rest, lenient.comparedWith().orElseThrow().mean(), 1e-9);
    assertEquals(94.0 - rest, lenient.gap(), 1e-9);
    assertEquals(1.0, lenient.results().topShare(), 1e-9, "every result 90 or above");
    assertFalse(lenient.comparedWithCompany());
  }

  @Test
  void aStrictEvaluatorIsListedWithTheirMeanBelowTheRestOfTheDepartment() {
    CalibrationFigures strict = evaluator(salesDepartment(), "STRICT");
    assertEquals(Set.of(Tendency.STRICT), strict.tendencies());
    assertEquals(56.0, strict.results().mean(), 1e-9);
    assertTrue(strict.gap() <= -10, "gap " + strict.gap());
    assertEquals(4 / 6.0, strict.results().bottomShare(), 1e-9, "below 60: 50, 52, 55, 57");
    assertEquals(0.0, strict.results().topShare(), 1e-9);
  }

  @Test
  void anEvaluatorWhoScoresEveryone80PutsEveryoneInTheMiddle() {
    CalibrationFigures middle = evaluator(salesDepartment(), "MIDDLE");
    assertEquals(Set.of(Tendency.MIDDLE), middle.tendencies());
    assertEquals(80.0, middle.results().mean(), 1e-9);
    assertEquals(0.0, middle.results().spread(), 1e-9);
    assertEquals(0.0, middle.results().topShare(), 1e-9);
    assertEquals(0.0, middle.results().bottomShare(), 1e-9);
  }

  @Test
  void ordinaryEvaluatorsAreNotListed() {
    Calibration calibration = salesDepartment();
    assertEquals(Set.of("LENIENT", "STRICT", "MIDDLE"), calibration.standingOut().stream()
        .map(e -> e.evaluator().orElseThrow().value()).collect(Collectors.toSet()));
    assertTrue(evaluator(calibration, "ORD1").judged());
    assertEquals(Set.of(), evaluator(calibration, "ORD1").tendencies());
  }

  @Test
  void theEvaluatorsWhoStandOutComeFirstTheLargestGapFirst() {
    // STRICT sits 25 below the rest (81), LENIENT 22.5 above theirs (71.5), MIDDLE 5 above (75).
    List<String> order = salesDepartment().evaluators().stream().map(e -> e.evaluator().orElseThrow().value()).toList();
    assertEquals(List.of("STRICT", "LENIENT", "MIDDLE"), order.subList(0, 3));
  }

  @Test
  void aGapOfExactlyTheThresholdIsLenient() {
    scores("ORD1", "SALES", MARCH, 70, 70, 70, 70, 70);
    scores("HIGH", "SALES", MARCH, 75, 75, 75, 75, 75);
    EffectivePolicy policy = EffectivePolicy.builder().calibrationMeanGap(5).calibrationMinSpread(0).build();
    assertEquals(Set.of(Tendency.LENIENT), evaluator(calibration(policy), "HIGH").tendencies());
    EffectivePolicy wider = EffectivePolicy.builder().calibrationMeanGap(5.01).calibrationMinSpread(0).build();
    results.clear();
    scores("ORD1", "SALES", MARCH, 70, 70, 70, 70, 70);
    scores("HIGH", "SALES", MARCH, 75, 75, 75, 75, 75);
    assertEquals(Set.of(), evaluator(calibration(wider), "HIGH").tendencies());
  }

  @Test
  void aDepartmentWithASmallerMeanGapListsAnEvaluatorTheCompanysGapWouldNot() {
    scores("ORD1", "SALES", MARCH, MEAN_79);
    scores("HIGH1", "SALES", MARCH, MEAN_86);
    scores("ORD2", "SUPPORT", MARCH, MEAN_79);
    scores("HIGH2", "SUPPORT", MARCH, MEAN_86);
    Calibration calibration = calibration(EffectivePolicy.DEFAULTS,
        Map.of("SALES", EffectivePolicy.builder().calibrationMeanGap(5).build()));
    CalibrationFigures sales = evaluator(calibration, "HIGH1");
    assertEquals(7.0, sales.gap(), 1e-9);
    assertEquals(Set.of(Tendency.LENIENT), sales.tendencies(), "7 above the rest of SALES, whose gap is 5");
    assertEquals(5.0, sales.thresholds().meanGap(), 1e-9);
    CalibrationFigures support = evaluator(calibration, "HIGH2");
    assertEquals(7.0, support.gap(), 1e-9);
    assertEquals(Set.of(), support.tendencies(), "the same 7 in SUPPORT, judged with the company's 10");
  }

  @Test
  void aDepartmentWithALargerMeanGapDoesNotListAnEvaluatorTheCompanysGapWould() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("STRICT1", "SALES", MARCH, STRICT);
    scores("ORD2", "SUPPORT", MARCH, ORDINARY);
    scores("STRICT2", "SUPPORT", MARCH, STRICT);
    Calibration calibration = calibration(EffectivePolicy.DEFAULTS,
        Map.of("SALES", EffectivePolicy.builder().calibrationMeanGap(20).build()));
    assertEquals(-19.0, evaluator(calibration, "STRICT1").gap(), 1e-9);
    assertEquals(Set.of(), evaluator(calibration, "STRICT1").tendencies(), "19 below, under SALES's gap of 20");
    assertEquals(Set.of(Tendency.STRICT), evaluator(calibration, "STRICT2").tendencies(), "19 below, over the company's 10");
  }

  @Test
  void aDepartmentWithoutOverridesIsJudgedWithTheCompanysThresholds() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("ORD2", "SUPPORT", MARCH, ORDINARY);
    Calibration calibration = calibration(EffectivePolicy.builder().calibrationMeanGap(12).build(),
        Map.of("SALES", EffectivePolicy.builder().calibrationMeanGap(5).build()));
    CalibrationFigures support = calibration.departments().stream().filter(d -> d.name().equals("SUPPORT")).findFirst()
        .orElseThrow();
    assertEquals(new CalibrationThresholds(MARCH, 12, 3, 5), support.thresholds());
    assertEquals(new CalibrationThresholds(MARCH, 12, 3, 5), evaluator(calibration, "ORD2").thresholds());
    assertEquals(List.of("SALES"), calibration.ownThresholds().stream().map(CalibrationFigures::name).toList(),
        "only SALES's thresholds differ from the company's");
  }

  @Test
  void aDepartmentsMinResultsDecidesWhetherItsEvaluatorsAreJudged() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("FEW", "SALES", MARCH, 99, 99, 99, 99);
    Calibration calibration = calibration(EffectivePolicy.DEFAULTS,
        Map.of("SALES", EffectivePolicy.builder().calibrationMinResults(4).build()));
    CalibrationFigures few = evaluator(calibration, "FEW");
    assertTrue(few.judged(), "4 results are enough where SALES asks for 4");
    assertEquals(Set.of(Tendency.LENIENT), few.tendencies());
  }

  @Test
  void aDepartmentsMinSpreadDecidesWhoPutsEveryoneInTheMiddle() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("MIDDLE1", "SALES", MARCH, 79, 80, 80, 80, 81);
    scores("ORD2", "SUPPORT", MARCH, ORDINARY);
    scores("MIDDLE2", "SUPPORT", MARCH, 79, 80, 80, 80, 81);
    Calibration calibration = calibration(EffectivePolicy.DEFAULTS,
        Map.of("SALES", EffectivePolicy.builder().calibrationMinSpread(0.5).build()));
    assertEquals(Set.of(), evaluator(calibration, "MIDDLE1").tendencies(), "a spread of 0.63 is not below SALES's 0.5");
    assertEquals(Set.of(Tendency.MIDDLE), evaluator(calibration, "MIDDLE2").tendencies(), "0.63 is below the company's 3");
  }

  @Test
  void theGapIsInPercentOfTheRatingScale() {
    // On a 1–5 scale, 4.5 against 3.5 is a gap of 25 % of the scale.
    scores("ORD1", "SALES", MARCH, 3.5, 3.5, 3.5, 3.5, 3.5);
    scores("HIGH", "SALES", MARCH, 4.5, 4.5, 4.5, 4.5, 4.5);
    EffectivePolicy policy = EffectivePolicy.builder().ratingScale(RatingScale.of(1, 5)).build();
    CalibrationFigures high = evaluator(calibration(policy), "HIGH");
    assertEquals(25.0, high.gap(), 1e-9);
    assertTrue(high.tendencies().contains(Tendency.LENIENT));
  }

  @Test
  void tooFewResultsAreNotJudged() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("FEW", "SALES", MARCH, 99, 99, 99, 99);
    CalibrationFigures few = evaluator(calibration(EffectivePolicy.DEFAULTS), "FEW");
    assertFalse(few.judged());
    assertEquals(Set.of(), few.tendencies());
  }

  @Test
  void anEvaluatorAloneInTheirDepartmentIsComparedWithTheRestOfTheCompany() {
    scores("ORD1", "SALES", MARCH, ORDINARY);
    scores("ALONE", "SUPPORT", MARCH, LENIENT);
    CalibrationFigures alone = evaluator(calibration(EffectivePolicy.DEFAULTS), "ALONE");
    assertTrue(alone.comparedWithCompany());
    assertEquals(75.0, alone.comparedWith().orElseThrow().mean(), 1e-9);
    assertEquals(Set.of(Tendency.LENIENT), alone.tendencies());
  }

  @Test
  void resultsAreShownForEachPeriodAndAcrossPeriods() {
    scores("ORD1", "SALES", MARCH, 70, 70, 70);
    scores("ORD1", "SALES", APRIL, 80, 80, 80);
    Calibration calibration = calibration(EffectivePolicy.DEFAULTS);
    CalibrationFigures ord = evaluator(calibration, "ORD1");
    Map<PeriodId, Distribution> byPeriod = ord.resultsByPeriod();
    assertEquals(List.of(MARCH, APRIL), List.copyOf(byPeriod.keySet()));
    assertEquals(70.0, byPeriod.get(MARCH).mean(), 1e-9);
    assertEquals(80.0, byPeriod.get(APRIL).mean(), 1e-9);
    assertEquals(75.0, ord.results().mean(), 1e-9);
    assertEquals(5.0, ord.results().spread(), 1e-9);
    CalibrationFigures sales = calibration.departments().get(0);
    assertEquals("SALES", sales.name());
    assertEquals(6, sales.results().count());
    assertEquals(12, sales.scores().count(), "two indicator scores per result");
  }

  @Test
  void theDistributionCountsTheTopTenthAndTheBottomBelowSixTenthsOfTheScale() {
    Distribution d = Distribution.of(List.of(59.9, 60.0, 89.9, 90.0), RatingScale.of(0, 100));
    assertEquals(0.25, d.topShare(), 1e-9);
    assertEquals(0.25, d.bottomShare(), 1e-9);
    assertEquals(59.9, d.lowest(), 1e-9);
    assertEquals(90.0, d.highest(), 1e-9);
  }
}
