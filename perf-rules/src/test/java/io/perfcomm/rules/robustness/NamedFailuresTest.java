package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.RuleExecutionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A check that cannot be completed says what to blame: the rule whose condition spins past the time
 * limit, or the employee with more facts than a session may hold.
 */
class NamedFailuresTest {

  private static final String SPINNING_CONDITION = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;

      function boolean acmeSpinsFor(String id) {
        if (id.equals("SPIN")) {
          // Ignores halt and interrupt; ends on its own after 4 s so the test JVM gets its core back.
          long end = System.nanoTime() + 4_000_000_000L;
          while (System.nanoTime() < end) {
          }
        }
        return false;
      }

      rule "ACME-17 condition spins"
      when
        Employee($id : id().value())
        eval(acmeSpinsFor($id))
      then
      end
      """;

  private static Cycle oneEmployee(String id) {
    return Scenario.month("2026-06").employee(id).followsStandardProcess().build();
  }

  @Test
  void aConditionSpinningPastTheTimeLimitIsReportedWithItsRuleName() {
    PerfEngine engine = PerfEngine.builder().addRules("spinning", SPINNING_CONDITION)
        .timeLimit(Duration.ofMillis(1_500)).build();
    engine.check(oneEmployee("WARM"));
    RuleExecutionException e = assertTimeoutPreemptively(Duration.ofSeconds(4),
        () -> assertThrows(RuleExecutionException.class, () -> engine.check(oneEmployee("SPIN"))));
    assertEquals("ACME-17 condition spins", e.rule());
    assertTrue(e.getMessage().contains("\"ACME-17 condition spins\""), e.getMessage());
  }

  @Test
  void anEmployeeWithMoreFactsThanASessionHoldsIsNamed() {
    PerfEngine engine = PerfEngine.builder().maxFactsPerSession(10).build();
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(oneEmployee("BIG")));
    assertTrue(e.getMessage().startsWith("employee BIG has more than 10 facts"), e.getMessage());
  }
}
