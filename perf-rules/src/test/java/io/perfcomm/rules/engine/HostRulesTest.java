package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Checkpoint;
import io.perfcomm.rules.EngineBuildException;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.RuleExecutionException;
import io.perfcomm.rules.Severity;
import io.perfcomm.rules.testing.CheckpointVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host extends the engine with its own rule sheets, checkpoints and messages. */
class HostRulesTest {

  private static final String LOOPING = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;
      declare Tick
        n : int
      end
      rule "ACME-02 loops forever"
      when
        $e : Employee()
        $t : Tick(n >= 0)
      then
        modify($t) { setN($t.getN() + 1) };
      end
      rule "seed the loop"
      when
        Employee()
      then
        insert(new Tick(0));
      end
      """;

  private static final String THROWING = """
      package com.acme.perf;
      import io.perfcomm.rules.fact.Employee;
      rule "ACME-03 throws"
      when
        $e : Employee()
      then
        throw new IllegalStateException("host bug");
      end
      """;

  private static Cycle cycle() {
    return Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
  }

  private static PerfEngine acme() {
    return PerfEngine.builder()
        .addRulesFromClassPath("com/acme/perf/acme.drl")
        .addMessages("com.acme.perf.messages")
        .addCheckpoint(Checkpoint.of("ACME-01", Severity.WARNING))
        .build();
  }

  @Test
  void hostRuleFromAStringProducesAFindingWithItsOwnMessage() throws Exception {
    String drl = new String(HostRulesTest.class.getResourceAsStream("/com/acme/perf/acme.drl").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    PerfEngine engine = PerfEngine.builder().addRules("acme", drl).addMessages("com.acme.perf.messages").build();
    Report report = engine.check(cycle());
    Finding finding = report.findings("ACME-01").get(0);
    assertEquals("E1 had no MENTOR talk in June 2026.", report.message(finding, Locale.ENGLISH));
    assertEquals("E1 在 2026年6月 没有导师谈话。", report.message(finding, Locale.SIMPLIFIED_CHINESE));
    assertEquals("请为 E1 安排导师谈话。", report.advice(finding, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void hostCheckpointIsTestedWithTheSameApi() {
    CheckpointVerifier.given(Scenario.month("2026-06").employee("E1").followsStandardProcess())
        .using(acme())
        .expect("ACME-01").about("E1").withSeverity(Severity.WARNING).times(1);
  }

  @Test
  void hostCheckpointJoinsTheCatalogueWithItsTitle() {
    PerfEngine engine = acme();
    assertEquals(Severity.WARNING, engine.checkpoints().get("ACME-01").severity());
    assertEquals("每位员工都有导师谈话", engine.check(cycle()).title("ACME-01", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void hostCheckpointIsDisabledById() {
    PerfEngine engine = PerfEngine.builder().addRulesFromClassPath("com/acme/perf/acme.drl")
        .addMessages("com.acme.perf.messages").disable("ACME-01").build();
    assertTrue(engine.check(cycle()).findings("ACME-01").isEmpty());
  }

  @Test
  void sheetThatDoesNotCompileNamesSheetLineAndReason() {
    String drl = "package com.acme.perf;\n\nrule \"ACME-09 broken\"\nwhen\n  NoSuchFact()\nthen\nend\n";
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addRules("acme-broken", drl).build());
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).startsWith("acme-broken.drl:5: "), e.getMessage());
    assertTrue(e.problems().get(0).contains("NoSuchFact"), e.getMessage());
  }

  @Test
  void sheetWithASyntaxErrorNamesSheetAndLine() {
    String drl = "package com.acme.perf;\nrule \"ACME-09 broken\"\nwhen\n  eval(\nthen\nend\n";
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addRules("acme-syntax", drl).build());
    assertTrue(e.getMessage().contains("acme-syntax.drl"), e.getMessage());
  }

  @Test
  void syntaxErrorInAHostSheetIsBlamedOnThatSheetAlone() {
    String drl = "package com.acme.perf;\nrule \"ACME-09 broken\"\nwhen\n  eval(\nthen\nend\n";
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addRules("acme-syntax", drl).build());
    assertTrue(e.problems().stream().allMatch(p -> p.startsWith("acme-syntax.drl")), e.getMessage());
    assertTrue(e.problems().size() <= 3, e.getMessage());
  }

  @Test
  void missingSheetFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("absent.drl");
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> PerfEngine.builder().addRules(missing));
    assertTrue(e.getMessage().contains(missing + ": cannot be read"), e.getMessage());
  }

  @Test
  void sheetFromAFileIsCompiled(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("acme.drl");
    Files.copy(HostRulesTest.class.getResourceAsStream("/com/acme/perf/acme.drl"), file);
    PerfEngine engine = PerfEngine.builder().addRules(file).addMessages("com.acme.perf.messages").build();
    assertEquals(1, engine.check(cycle()).findings("ACME-01").size());
  }

  @Test
  void missingClassPathSheetIsNamed() {
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addRulesFromClassPath("com/acme/none.drl").build());
    assertEquals("com/acme/none.drl: no such rule sheet on the class path", e.problems().get(0));
  }

  @Test
  void missingMessageBundleIsNamed() {
    EngineBuildException e = assertThrows(EngineBuildException.class,
        () -> PerfEngine.builder().addMessages("com.acme.none").build());
    assertEquals("com.acme.none: no such message bundle on the class path", e.problems().get(0));
  }

  @Test
  void ruleThatFiresWithoutEndFailsTheCheckNamingIt() {
    PerfEngine engine = PerfEngine.builder().addRules("looping", LOOPING).maxRuleFirings(10_000).build();
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(cycle()));
    assertEquals("ACME-02 loops forever", e.rule());
    assertTrue(e.getMessage().contains("fired 10000 times"), e.getMessage());
  }

  @Test
  void ruleThatThrowsFailsTheCheckNamingIt() {
    PerfEngine engine = PerfEngine.builder().addRules("throwing", THROWING).build();
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> engine.check(cycle()));
    assertEquals("ACME-03 throws", e.rule());
    assertTrue(e.getMessage().contains("host bug"), e.getMessage());
  }

  @Test
  void engineStaysUsableAfterAFailedCheck() {
    PerfEngine engine = PerfEngine.builder().addRules("throwing", THROWING).build();
    assertThrows(RuleExecutionException.class, () -> engine.check(cycle()));
    assertThrows(RuleExecutionException.class, () -> engine.check(cycle()));
  }

  @Test
  void policyOutOfRangeIsRefusedNamingEveryValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerfEngine.builder()
        .policy(io.perfcomm.core.policy.Policy.builder().passMark(120.0).noticeHours(-1).build()));
    assertEquals("invalid policy: noticeHours -1 is outside 0–8784; passMark 120.0 is outside 0–100", e.getMessage());
  }
}
