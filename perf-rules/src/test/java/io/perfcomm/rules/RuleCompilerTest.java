package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One compiler for both rule bases: the check's host sheets and the agendas' DRL report errors alike. */
class RuleCompilerTest {

  private static final String BROKEN = "package com.acme.perf;\nrule \"ACME-09 broken\"\nwhen\n  eval(\nthen\nend\n";

  @Test
  void anErrorIsNamedBySheetAndLineOnOneLine() {
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> new RuleCompiler(getClass().getClassLoader()).compile(List.of(RuleSheet.text("acme", BROKEN))));
    assertFalse(e.problems().isEmpty());
    assertTrue(e.problems().stream().allMatch(p -> p.matches("acme\\.drl(:\\d+)?: [^\\n]+")), e.problems().toString());
  }

  @Test
  void theCheckReportsAHostSheetsErrorsAsTheCompilerDoes() {
    EngineBuildException compiler = assertThrows(EngineBuildException.class,
        () -> new RuleCompiler(getClass().getClassLoader()).compile(List.of(RuleSheet.text("acme", BROKEN))));
    EngineBuildException engine = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addRules("acme", BROKEN).build());
    assertEquals(compiler.problems(), engine.problems());
  }

  @Test
  void theAgendaSheetsCompileFromTheirDrlThroughTheSameCompiler() {
    AgendaRules rules = new AgendaRules(getClass().getClassLoader(), 1_000, 1_000);
    assertEquals(rules.ruleNames(), AgendaRules.ruleNames(rules.buildFromDrl()));
  }
}
