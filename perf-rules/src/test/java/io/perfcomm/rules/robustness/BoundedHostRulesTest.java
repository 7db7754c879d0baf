package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.RuleExecutionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A hostile or buggy host rule cannot hang, crash or mislead the host: whatever it does, the check
 * returns within its time limit with a {@link RuleExecutionException} naming the rule, and the same
 * engine checks the next cycle as before. Each rule below misbehaves for one employee id only.
 */
class BoundedHostRulesTest {

  /** Short for a test, yet above a cold engine's first check on a busy machine (the sessions' first use). */
  private static final Duration LIMIT = Duration.ofMillis(1_500);

  /** Returns within {@code LIMIT} plus this: the caller stops waiting at the limit, whatever the worker does. */
  private static final Duration SLACK = Duration.ofMillis(1_500);

  private static final String HOSTILE = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;
      import io.perfcomm.rules.robustness.HostRuleSignals;

      function boolean acmeFailsFor(String id, String victim) {
        if (id.equals(victim)) {
          throw new IllegalStateException("host condition bug");
        }
        return false;
      }

      function int acmeDeeper(int depth) {
        return acmeDeeper(depth + 1) + 1;
      }

      rule "ACME-10 spins in plain Java"
      when
        Employee(id().value() == "SPIN")
      then
        // Ignores halt and interrupt; ends on its own after 4 s so the test JVM gets its core back.
        long end = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < end) {
        }
      end

      rule "ACME-11 sleeps"
      when
        Employee(id().value() == "SLEEP")
      then
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          HostRuleSignals.SLEEP_INTERRUPTED.countDown();
          throw e;
        }
      end

      rule "ACME-12 inserts in a loop"
      when
        Employee(id().value() == "HOARD")
      then
        long n = 0;
        while (n >= 0) {
          insert(Long.valueOf(n++));
        }
      end

      rule "ACME-13 condition throws"
      when
        Employee(acmeFailsFor(id().value(), "CONDITION"))
      then
      end

      rule "ACME-14 eval throws"
      when
        Employee($id : id().value())
        eval(acmeFailsFor($id, "EVAL"))
      then
      end

      rule "ACME-15 asserts"
      when
        Employee(id().value() == "ASSERT")
      then
        throw new AssertionError("host assertion");
      end

      rule "ACME-16 recurses without end"
      when
        Employee(id().value() == "DEEP")
      then
        acmeDeeper(0);
      end
      """;

  private static final PerfEngine ENGINE = PerfEngine.builder()
      .addRules("hostile", HOSTILE)
      .timeLimit(LIMIT)
      .maxFactsPerSession(20_000)
      .build();

  private static final Cycle CLEAN = oneEmployee("CLEAN");
  private static final List<Finding> EXPECTED = ENGINE.check(CLEAN).findings();

  private static Cycle oneEmployee(String id) {
    return Scenario.month("2026-06").employee(id).followsStandardProcess().build();
  }

  /** Checks the employee's cycle, expecting it to fail in bounded time; then checks a clean cycle as before. */
  private static RuleExecutionException failsThenEngineGoesOn(String employee) {
    RuleExecutionException e = assertTimeoutPreemptively(LIMIT.plus(SLACK),
        () -> assertThrows(RuleExecutionException.class, () -> ENGINE.check(oneEmployee(employee))));
    assertEquals(EXPECTED, ENGINE.check(CLEAN).findings(), "the check after the failed one");
    return e;
  }

  @Test
  void spinningConsequenceReturnsWithinTheTimeLimitAndTheEngineChecksTheNextCycle() {
    RuleExecutionException e = failsThenEngineGoesOn("SPIN");
    assertEquals("ACME-10 spins in plain Java", e.rule());
    assertTrue(e.getMessage().contains("time limit of 1500 ms"), e.getMessage());
  }

  @Test
  void sleepingConsequenceIsInterruptedAtTheTimeLimit() throws Exception {
    RuleExecutionException e = failsThenEngineGoesOn("SLEEP");
    assertEquals("ACME-11 sleeps", e.rule());
    assertTrue(HostRuleSignals.SLEEP_INTERRUPTED.await(5, TimeUnit.SECONDS), "the sleeping rule was not interrupted");
  }

  @Test
  void ruleInsertingInALoopStopsAtTheBoundOnFacts() {
    RuleExecutionException e = failsThenEngineGoesOn("HOARD");
    assertEquals("ACME-12 inserts in a loop", e.rule());
    assertTrue(e.getMessage().contains("more than 20000 facts"), e.getMessage());
  }

  @Test
  void throwingConditionIsReportedNamingItsRule() {
    RuleExecutionException e = failsThenEngineGoesOn("CONDITION");
    assertEquals("ACME-13 condition throws", e.rule());
    assertTrue(e.getMessage().contains("host condition bug"), e.getMessage());
  }

  @Test
  void throwingEvalIsReportedNamingItsRule() {
    RuleExecutionException e = failsThenEngineGoesOn("EVAL");
    assertEquals("ACME-14 eval throws", e.rule());
    assertTrue(e.getMessage().contains("host condition bug"), e.getMessage());
  }

  @Test
  void assertionErrorInAConsequenceIsReportedNamingItsRule() {
    RuleExecutionException e = failsThenEngineGoesOn("ASSERT");
    assertEquals("ACME-15 asserts", e.rule());
    assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
  }

  @Test
  void stackOverflowInAConsequenceIsReportedNamingItsRule() {
    RuleExecutionException e = failsThenEngineGoesOn("DEEP");
    assertEquals("ACME-16 recurses without end", e.rule());
    assertTrue(e.getCause() instanceof StackOverflowError, String.valueOf(e.getCause()));
  }
}
