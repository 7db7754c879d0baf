package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's embedding snippet works as written (the ACME sheet and bundle are this module's test resources). */
class ReadmeSnippetTest {

  @Test
  void embeddingSnippetChecksACycleFileAndRendersInChinese(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("2026-03.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CycleJson.write(Scenario.month("2026-03").employee("E1").followsStandardProcess().build(), out);
    }
    StringBuilder printed = new StringBuilder();

    // --- as in README.md, "Embedding" ---
    PerfEngine engine = PerfEngine.builder()
        .policy(Policy.builder().minCommunicationsBeforeScoring(3).build()) // your company's policy
        .disable("COM-03")                                                  // checkpoints you do not use
        .addRulesFromClassPath("com/acme/perf/acme.drl")                    // your own checkpoints
        .addMessages("com.acme.perf.messages")                              // and their texts
        .build();

    Cycle cycle = CycleJson.read(file);
    Report report = engine.check(cycle);
    for (Finding f : report.findings()) {
      printed.append(f.checkpoint() + " " + f.severity() + " " + f.employee().orElse(null) + " " + f.records()).append('\n');
      printed.append("  " + report.message(f, Locale.SIMPLIFIED_CHINESE)).append('\n');
      printed.append("  → " + report.advice(f, Locale.SIMPLIFIED_CHINESE)).append('\n');
    }
    // ---

    String text = printed.toString();
    assertTrue(text.contains("ACME-01 WARNING E1"), text);
    assertTrue(text.contains("E1 在 2026年3月 没有导师谈话。"), text);
    assertFalse(text.contains("COM-"), "E1 follows the standard process, with weekly check-ins: " + text);
    assertFalse(text.contains("[ACME-01"), "every message key has a text: " + text);
  }
}
