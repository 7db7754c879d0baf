package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.EngineBuildException;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.RuleExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A host rule cannot make a broken month look clean: halting the session, deleting a finding or one
 * of perf's facts fails the check naming the rule, and a rule that would replace or pass for one of
 * perf's is refused when the engine is built.
 */
class HostRulesCannotFakeAnAllClearTest {

  /** An employee with no talks, no score and no interview: ERRORs, as long as perf's rules all fire. */
  private static Cycle brokenMonth() {
    return Scenario.month("2026-06").employee("E1").build();
  }

  private static PerfEngine withHostSheet(String drl) {
    return PerfEngine.builder().addRules("host.drl", drl).build();
  }

  @Test
  void theBrokenMonthHasErrorsWithAHarmlessHostRule() {
    PerfEngine engine = withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.fact.Employee;
        rule "ACME-09 harmless"
        when
          Employee()
        then
        end
        """);
    assertTrue(engine.check(brokenMonth()).hasErrors());
  }

  @Test
  void aHaltPerfDidNotAskForFailsTheCheckNamingTheRule() {
    PerfEngine engine = withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.fact.Employee;
        rule "ACME-10 stop early" salience 1000
        when
          Employee()
        then
          drools.halt();
        end
        """);
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(brokenMonth()));
    assertEquals("ACME-10 stop early", e.rule());
    assertTrue(e.getMessage().contains("halted"), e.getMessage());
  }

  @Test
  void deletingAFindingFailsTheCheckNamingTheRule() {
    PerfEngine engine = withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.Finding;
        rule "ACME-11 hide findings"
        when
          $f : Finding()
        then
          delete($f);
        end
        """);
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(brokenMonth()));
    assertEquals("ACME-11 hide findings", e.rule());
    assertTrue(e.getMessage().contains("Finding"), e.getMessage());
  }

  @Test
  void deletingOneOfPerfsDomainFactsFailsTheCheckNamingTheRule() {
    PerfEngine engine = withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.fact.Employee;
        rule "ACME-12 forget the employee" salience 1000
        when
          $e : Employee()
        then
          delete($e);
        end
        """);
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(brokenMonth()));
    assertEquals("ACME-12 forget the employee", e.rule());
  }

  @Test
  void deletingTheHostsOwnFactIsAllowed() {
    PerfEngine engine = withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.fact.Employee;
        declare Mark
          n : int
        end
        rule "ACME-13 mark"
        when
          Employee()
        then
          insert(new Mark(1));
        end
        rule "ACME-14 unmark"
        when
          $m : Mark()
        then
          delete($m);
        end
        """);
    assertTrue(engine.check(brokenMonth()).hasErrors());
  }

  @Test
  void aHostRuleInPerfsPackageNamedAsPerfsRuleIsABuildErrorNamingTheRule() {
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> withHostSheet("""
        package io.perfcomm.rules;
        import io.perfcomm.rules.fact.Employee;
        rule "INT-01 a result interview within N days of scoring"
        when
          Employee(id().value() == "nobody")
        then
        end
        """));
    assertTrue(e.getMessage().contains("\"INT-01 a result interview within N days of scoring\""), e.getMessage());
  }

  @Test
  void aHostRuleNamedAsPerfsRuleInItsOwnPackageIsABuildError() {
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> withHostSheet("""
        package com.acme.perf;
        import io.perfcomm.rules.fact.Employee;
        rule "INT-01 a result interview within N days of scoring"
        when
          Employee()
        then
        end
        """));
    assertTrue(e.problems().get(0).contains("perf's rules"), e.getMessage());
  }

  @Test
  void aNewHostRuleInPerfsPackageIsABuildError() {
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> withHostSheet("""
        package io.perfcomm.rules;
        import io.perfcomm.rules.fact.Employee;
        rule "ACME-15 squatter"
        when
          Employee()
        then
        end
        """));
    assertTrue(e.getMessage().contains("\"ACME-15 squatter\" is in perf's own package"), e.getMessage());
    assertFalse(e.getMessage().contains("INT-01"), e.getMessage());
  }
}
