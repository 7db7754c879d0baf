package io.perfcomm.rules;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Scenarios shared by the checkpoint tests. */
public final class Fixtures {

  private Fixtures() {}

  /** Fails listing every ERROR and WARNING the default engine finds in the cycle (a well-run cycle has none). */
  public static void assertClean(Cycle cycle) {
    Report report = PerfEngine.withDefaults().check(cycle);
    List<String> broken = report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.checkpoint() + " " + f.severity() + " " + f.employee().map(Object::toString).orElse("-") + " "
            + f.records() + ": " + report.message(f, Locale.ENGLISH))
        .collect(Collectors.toList());
    assertEquals(List.of(), broken);
  }

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
