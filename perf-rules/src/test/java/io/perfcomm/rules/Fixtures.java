package io.perfcomm.rules;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;

import io.perfcomm.core.scenario.Scenario;

/** Scenarios shared by the checkpoint tests. */
public final class Fixtures {

  private Fixtures() {}

  /** June 2026 with an employee CONTROL who follows the standard process: the fact that must not match. */
  public static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess();
  }

  /**
   * Adds E1, scored on 1 July 2026 at 10:00 on one indicator I1 (80, target met) resting on record R1,
   * with a strength and a weakness: ready for an interview on 3 July.
   */
  public static Scenario scored(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1")
        .strength("keeps the accounts", "R1").weakness("late reports", "R1");
  }
}
