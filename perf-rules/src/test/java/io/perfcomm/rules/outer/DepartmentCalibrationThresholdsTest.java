package io.perfcomm.rules.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The outer loop judges each department's evaluators with the calibration thresholds in force for that
 * department in the check (a department's override of the cycle's or the engine's policy), as of the
 * latest period the department has employees in. SALES and SUPPORT each have an evaluator whose five
 * results average 79 and one whose five average 86: 7 above the rest of their department, under the
 * company's gap of 10.
 */
class DepartmentCalibrationThresholdsTest {

  /** No policy of the cycle's own: every default. */
  private static final Consumer<Policy.Builder> NONE = p -> { };

  private static Cycle month(String month, Consumer<Policy.Builder> policy, String... departments) {
    Scenario scenario = Scenario.month(month).policy(policy);
    for (String department : departments) {
      scored(scenario, department, "ORD-" + department, 71, 75, 79, 83, 87);
      scored(scenario, department, "HIGH-" + department, 78, 82, 86, 90, 94);
    }
    return scenario.build();
  }

  private static void scored(Scenario scenario, String department, String evaluator, double... results) {
    for (int i = 0; i < results.length; i++) {
      String employee = evaluator + "-E" + i;
      String indicator = "I-" + employee;
      scenario.employee(employee).inDepartment(department).evaluatedBy(evaluator)
          .indicator(indicator, IndicatorLevel.RESULT, 100)
          .scoredAt(scenario.period().end().plusDays(1).atTime(10, 0).toString())
          .score(indicator, results[i], true);
    }
  }

  private static Calibration calibration(PerfEngine engine, Cycle... cycles) {
    List<CheckedCycle> checked = new ArrayList<>();
    for (Cycle cycle : cycles) {
      checked.add(new CheckedCycle(cycle.period().id().value() + ".json", cycle, engine.check(cycle)));
    }
    return OuterLoop.of(checked).calibration();
  }

  private static CalibrationFigures evaluator(Calibration calibration, String id) {
    return calibration.evaluators().stream().filter(e -> e.evaluator().orElseThrow().value().equals(id)).findFirst()
        .orElseThrow();
  }

  private static Policy.Builder salesGap(Policy.Builder policy, double gap) {
    return policy.putDepartments(DepartmentId.of("SALES"), Policy.builder().calibrationMeanGap(gap).build());
  }

  @Test
  void theCyclesDepartmentOverrideOfTheGapJudgesThatDepartmentsEvaluators() {
    Calibration calibration = calibration(PerfEngine.withDefaults(),
        month("2026-03", p -> salesGap(p, 5), "SALES", "SUPPORT"));
    assertEquals(Set.of(Tendency.LENIENT), evaluator(calibration, "HIGH-SALES").tendencies(), "7 above, SALES's gap 5");
    assertEquals(Set.of(), evaluator(calibration, "HIGH-SUPPORT").tendencies(), "7 above, the company's gap 10");
    assertEquals(new CalibrationThresholds(PeriodId.of("2026-03"), 5, 3, 5),
        evaluator(calibration, "HIGH-SALES").thresholds());
    assertEquals(List.of("SALES"), calibration.ownThresholds().stream().map(CalibrationFigures::name).toList());
  }

  @Test
  void theEnginesPolicyFileWinsOverTheCyclesForCalibrationToo() {
    PerfEngine engine = PerfEngine.builder().policy(salesGap(Policy.builder(), 5).calibrationMeanGap(12.0).build()).build();
    Calibration calibration = calibration(engine, month("2026-03", p -> salesGap(p, 20), "SALES", "SUPPORT"));
    assertEquals(12.0, calibration.thresholds().meanGap(), 1e-9);
    assertEquals(5.0, evaluator(calibration, "HIGH-SALES").thresholds().meanGap(), 1e-9);
    assertEquals(Set.of(Tendency.LENIENT), evaluator(calibration, "HIGH-SALES").tendencies());
  }

  @Test
  void aDepartmentIsJudgedWithThePolicyOfTheLatestPeriodItHasEmployeesIn() {
    // SALES's own gap of 5 is dropped in April: April's company gap of 10 judges it.
    Calibration dropped = calibration(PerfEngine.withDefaults(),
        month("2026-03", p -> salesGap(p, 5), "SALES", "SUPPORT"), month("2026-04", NONE, "SALES", "SUPPORT"));
    assertEquals(new CalibrationThresholds(PeriodId.of("2026-04"), 10, 3, 5),
        evaluator(dropped, "HIGH-SALES").thresholds());
    assertEquals(Set.of(), evaluator(dropped, "HIGH-SALES").tendencies());
    // SALES has no employee in April: March's policy, with its gap of 5, is the latest SALES had.
    Calibration gone = calibration(PerfEngine.withDefaults(),
        month("2026-03", p -> salesGap(p, 5), "SALES", "SUPPORT"), month("2026-04", NONE, "SUPPORT"));
    assertEquals(new CalibrationThresholds(PeriodId.of("2026-03"), 5, 3, 5), evaluator(gone, "HIGH-SALES").thresholds());
    assertEquals(Set.of(Tendency.LENIENT), evaluator(gone, "HIGH-SALES").tendencies());
    assertEquals(PeriodId.of("2026-04"), gone.thresholds().period(), "the company's thresholds are the latest period's");
  }
}
