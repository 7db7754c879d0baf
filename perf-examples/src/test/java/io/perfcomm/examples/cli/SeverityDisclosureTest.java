package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy file that sets checkpoint severities: every output says which checkpoints carry the company's severity. */
class SeverityDisclosureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Path policy;

  @BeforeAll
  static void writePolicy() throws Exception {
    policy = dir.resolve("severities.json");
    Files.writeString(policy, "{\"severities\": {\"INT-01\": \"WARNING\", \"EVA-02\": \"INFO\"},"
        + " \"departments\": {\"D1\": {\"severities\": {\"COM-01\": \"WARNING\"}}}}");
  }

  @Test
  void jsonCarriesTheSeveritiesAndTheFindingsHaveThem() throws Exception {
    Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--policy", policy.toString());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("{\"EVA-02\":\"INFO\",\"INT-01\":\"WARNING\"}", root.get("severities").toString(), run::toString);
    assertEquals("{\"D1\":{\"COM-01\":\"WARNING\"}}", root.get("departmentSeverities").toString());
    for (JsonNode finding : root.get("findings")) {
      if (finding.get("checkpoint").asText().equals("INT-01")) {
        assertEquals("WARNING", finding.get("severity").asText(), finding::toString);
      }
    }
  }

  @Test
  void jsonWithoutSeveritiesCarriesAnEmptyObject() throws Exception {
    JsonNode root = JSON.readTree(Run.perf("check", Run.demoFile(), "--format", "json").out());
    assertEquals("{}", root.get("severities").toString());
    assertTrue(root.get("departmentSeverities") == null);
  }

  @Test
  void textSaysSoBeforeAnyFinding() {
    Run run = Run.perf("check", Run.demoFile(), "--lang", "en", "--policy", policy.toString());
    assertTrue(run.out().contains("Severity set by the company's policy — EVA-02 INFO, INT-01 WARNING; in"), run::toString);
    assertTrue(run.out().contains("department D1: COM-01 WARNING."), run::toString);
    Run chinese = Run.perf("check", Run.demoFile(), "--lang", "zh-CN", "--policy", policy.toString());
    assertTrue(chinese.out().contains("按公司政策调整严重程度的检查点——EVA-02 提示、INT-01 风险；D1 部门：COM-01 风险。"), chinese::toString);
  }

  @Test
  void htmlSaysSoInItsHeader() throws Exception {
    Path out = dir.resolve("severities.html");
    Run run = Run.perf("check", Run.demoFile(), "--format", "html", "--lang", "en", "--policy", policy.toString(),
        "--out", out.toString());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Xml.parse(html);
    assertTrue(html.matches("(?s).*<p class=\"disabled\">Severity set by the company&#(39|x27);s policy — EVA-02 INFO,"
        + " INT-01 WARNING; in department D1: COM-01 WARNING</p>.*"), html);
  }
}
