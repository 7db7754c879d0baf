package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.RuleExecutionException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host rule that never stops inserting, or throws, fails that one check in bounded time, and
 * leaves nothing behind in the engine's reused sessions for the checks that follow.
 */
class FailingHostRulesTest {

  /** Each tick inserts the next: no modify, so nothing but the firing limit stops it. */
  private static final String INSERTS_FOREVER = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;
      declare Tick
        n : long
      end
      rule "seed the ticks"
      when
        Employee(id().value() == "LOOP")
      then
        insert(new Tick(0));
      end
      rule "ACME-04 inserts forever"
      when
        Tick($n : n)
      then
        insert(new Tick($n + 1));
      end
      """;

  private static final String THROWS_FOR_ONE = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;
      rule "ACME-05 throws for one employee"
      when
        Employee(id().value() == "BOOM")
      then
        throw new IllegalStateException("host bug");
      end
      """;

  private static final PerfEngine ENGINE = PerfEngine.builder()
      .addRules("inserts-forever", INSERTS_FOREVER)
      .addRules("throws-for-one", THROWS_FOR_ONE)
      .maxRuleFirings(20_000)
      .build();

  private static Cycle oneEmployee(String id) {
    return Scenario.month("2026-06").employee(id).followsStandardProcess().build();
  }

  @Test
  void ruleThatInsertsWithoutEndFailsTheCheckInBoundedTime() {
    RuleExecutionException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(RuleExecutionException.class, () -> ENGINE.check(oneEmployee("LOOP"))));
    assertEquals("ACME-04 inserts forever", e.rule());
    assertTrue(e.getMessage().contains("fired 20000 times"), e.getMessage());
  }

  @Test
  void failedChecksLeaveNothingBehindForTheChecksThatFollow() {
    Cycle clean = CycleGenerator.generate(7, 12, 0.5);
    List<Finding> expected = ENGINE.check(clean).findings();
    for (int i = 0; i < 20; i++) {
      assertThrows(RuleExecutionException.class, () -> ENGINE.check(oneEmployee("LOOP")));
      assertThrows(RuleExecutionException.class, () -> ENGINE.check(oneEmployee("BOOM")));
      assertEquals(expected, ENGINE.check(clean).findings(), "after " + (i + 1) + " failed checks");
    }
  }
}
