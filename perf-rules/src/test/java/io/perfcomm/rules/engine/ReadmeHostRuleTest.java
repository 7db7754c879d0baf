package io.perfcomm.rules.engine;

import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** README's host-rule example compiles as written and reads host data through {@code Extensions}. */
class ReadmeHostRuleTest {

  private static PerfEngine engine;

  /** The DRL block of README's "Your own checkpoints", indentation removed. */
  static String readmeSheet() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("**Your own checkpoints.**");
    int start = readme.indexOf("```drl\n", section) + "```drl\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end).replaceAll("(?m)^  ", "");
  }

  @BeforeAll
  static void buildFromTheReadme() throws Exception {
    String drl = readmeSheet();
    assertTrue(drl.contains("Extensions.text(person, \"costCentre\")"), drl);
    engine = PerfEngine.builder().addRules("README.md", drl).addMessages("com.acme.perf.messages").build();
  }

  @Test
  void firesForASalesEmployeeWithoutARoleTalk() {
    given(Scenario.month("2026-06")
            .employee("CONTROL").followsStandardProcess()
            .employee("E1").extension("costCentre", "SALES")
            .employee("E2").extension("costCentre", "SALES").extension("onSecondment", true)
            .employee("E3").extension("costCentre", "FINANCE"))
        .using(engine)
        .expect("ACME-01").about("E1");
  }

  @Test
  void aHostValueOfTheWrongTypeFailsTheCheckNamingTheKey() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").extension("costCentre", 7);
    io.perfcomm.rules.RuleExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.perfcomm.rules.RuleExecutionException.class, () -> engine.check(scenario.build()));
    assertTrue(e.getMessage().contains("extensions.costCentre is a number, not text"), e::getMessage);
  }
}
