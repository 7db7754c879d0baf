package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void textReportGroupsFindingsByEmployeeAndExitsOneOnErrors() {
    Run run = Run.perf("check", Run.demoFile(), "--lang", "en");
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.out().contains("王芳 (E04)"), run::toString);
    assertTrue(run.out().contains("INT-01"), run::toString);
    assertTrue(run.out().contains("→ Hold the result interview"), run::toString);
    assertTrue(run.out().contains("15 findings — 9 errors, 5 warnings, 1 info"), run::toString);
    assertTrue(run.out().contains("No findings for 3 employees: 周婷 (E01), 吴磊 (E02), 郑洁 (E03)"), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void textFitsEightyColumnsWithoutColoursWhenNotATerminal() {
    Run run = Run.perf("check", Run.demoFile(), "--lang", "zh-CN", "--by", "checkpoint");
    assertFalse(run.out().contains("\u001b["), "no ANSI escapes when standard output is not a terminal");
    for (String line : run.out().split("\n")) {
      assertTrue(Terminal.width(line) <= 80, () -> "wider than 80 columns: " + line);
    }
    assertTrue(run.out().contains("按检查点统计"), run::toString);
  }

  @Test
  void aCheckpointTitleTooLongForOneLineCarriesItsTallyOnItsLastLine() {
    Run run = Run.perf("check", Run.demoFile(), "--lang", "en", "--by", "checkpoint");
    assertTrue(run.out().contains("APL-02  Unresolved objections escalated or withdrawn before pay or penalties are\n"),
        run::toString);
    assertTrue(java.util.regex.Pattern.compile("(?m)^  applied {2,}1 error$").matcher(run.out()).find(), run::toString);
  }

  @Test
  void jsonIsFormatMdsFindingsOutput() throws Exception {
    Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--lang", "en");
    assertEquals(1, run.exit(), run::toString);
    JsonNode root = JSON.readTree(run.out());
    assertEquals(List.of("format", "period", "asOf", "leftOut", "disabled", "disabledBy", "severities", "findings", "summary"),
        names(root));
    assertEquals(0, root.get("disabled").size(), "nothing switched off");
    assertEquals(0, root.get("severities").size(), "no severity set by a policy");
    assertEquals("perf-findings/1", root.get("format").asText());
    assertEquals("2026-03", root.get("period").asText());
    assertEquals("2026-04-20T18:00", root.get("asOf").asText());
    Set<String> allowed = Set.of("checkpoint", "severity", "employee", "evaluator", "records", "message", "advice");
    String previous = "";
    for (JsonNode finding : root.get("findings")) {
      assertTrue(allowed.containsAll(names(finding)), finding::toString);
      assertTrue(finding.get("records").isArray());
      assertFalse(finding.get("message").asText().isBlank());
      assertFalse(finding.get("advice").asText().isBlank());
      assertTrue(Set.of("ERROR", "WARNING", "INFO").contains(finding.get("severity").asText()));
      String checkpoint = finding.get("checkpoint").asText();
      assertTrue(previous.compareTo(checkpoint) <= 0, "sorted by checkpoint");
      previous = checkpoint;
    }
    JsonNode trn = root.get("findings").findParents("checkpoint").stream()
        .filter(f -> f.get("checkpoint").asText().equals("TRN-01")).findFirst().orElseThrow();
    assertFalse(trn.has("employee"), "TRN findings name only the evaluator");
    assertEquals("M2", trn.get("evaluator").asText());
    assertEquals(List.of("ERROR", "WARNING", "INFO"), names(root.get("summary")));
    assertEquals(9, root.get("summary").get("ERROR").asInt());
    assertEquals(root.get("findings").size(), root.get("summary").get("ERROR").asInt()
        + root.get("summary").get("WARNING").asInt() + root.get("summary").get("INFO").asInt());
  }

  @Test
  void htmlIsOneWellFormedSelfContainedPage() throws Exception {
    Path out = dir.resolve("check.html");
    Run run = Run.perf("check", Run.demoFile(), "--format", "html", "--lang", "zh-CN", "--out", out.toString());
    assertEquals(1, run.exit(), run::toString);
    assertEquals("", run.out());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Document page = Xml.parse(html);
    assertEquals("zh-CN", page.getDocumentElement().getAttribute("lang"));
    for (String section : List.of("summary", "by-checkpoint", "by-evaluator", "heat-map", "by-department",
        "certification", "trend", "findings")) {
      assertNotNull(Xml.byId(page, section), section);
    }
    assertTrue(html.contains("按员工列出的发现") && html.contains("王芳") && html.contains("INT-01"));
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"), "no network");
    assertFalse(html.contains("<script"));
  }

  @Test
  void disabledCheckpointAndPolicyFileChangeTheFindings() throws Exception {
    Path policy = dir.resolve("policy.json");
    // 黄敏 was told three hours ahead: with two hours' notice required, INT-03 no longer fires.
    Files.writeString(policy, "{\"noticeHours\": 2}");
    Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--policy", policy.toString(), "--disable", "COM-01,eva-02");
    assertEquals(1, run.exit(), run::toString);
    String checkpoints = JSON.readTree(run.out()).get("findings").findValuesAsText("checkpoint").toString();
    assertFalse(checkpoints.contains("INT-03"), checkpoints);
    assertFalse(checkpoints.contains("COM-01"), checkpoints);
    assertFalse(checkpoints.contains("EVA-02"), checkpoints);
    assertTrue(checkpoints.contains("INT-02"), checkpoints);
  }

  @Test
  void exitsZeroWithoutErrorFindings() throws Exception {
    Path clean = dir.resolve("clean.json");
    assertEquals(0, Run.perf("generate", "--employees", "12", "--breach-share", "0", "--out", clean.toString()).exit());
    Run run = Run.perf("check", clean.toString(), "--format", "json");
    assertEquals(0, run.exit(), run::toString);
    assertEquals(0, JSON.readTree(run.out()).get("summary").get("ERROR").asInt());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void hostRulesSpeakWithTheirOwnMessagesInBothLanguages() throws Exception {
    Path drl = dir.resolve("acme.drl");
    Files.writeString(drl, String.join("\n",
        "package com.acme.perf;",
        "import io.perfcomm.rules.Finding;",
        "import io.perfcomm.rules.fact.Employee;",
        "rule \"ACME-01 every employee is greeted\"",
        "when",
        "  $e : Employee(id.value() == \"E04\")",
        "then",
        "  insert(Finding.warning(\"ACME-01\").employee($e.id()).arg(\"employee\", $e.id()).build());",
        "end"), StandardCharsets.UTF_8);
    Path en = dir.resolve("acme.properties");
    Files.writeString(en, "ACME-01.title=Greeted\nACME-01.message={employee} was not greeted.\n"
        + "ACME-01.advice=Greet {employee}.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("acme_zh_CN.properties"), "ACME-01.title=问候\nACME-01.message={employee} 未被问候。\n"
        + "ACME-01.advice=请问候 {employee}。\n", StandardCharsets.UTF_8);

    Run english = Run.perf("check", Run.demoFile(), "--lang", "en", "--rules", drl.toString(), "--messages", en.toString());
    assertTrue(english.out().contains("王芳 (E04) was not greeted."), english::toString);
    assertTrue(english.out().contains("→ Greet 王芳 (E04)."), english::toString);
    Run chinese = Run.perf("check", Run.demoFile(), "--lang", "zh-CN", "--rules", drl.toString(), "--messages", en.toString());
    // The space the host's pattern puts after the name goes: no space between Chinese and Chinese (ChineseSpacing).
    assertTrue(chinese.out().contains("王芳（E04）未被问候。"), chinese::toString);
  }

  @Test
  void missingMessagesFileIsAnInputProblem() {
    Run run = Run.perf("check", Run.demoFile(), "--messages", dir.resolve("none.properties").toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out());
    assertTrue(run.err().contains("messages " + dir.resolve("none.properties") + ": no such file"), run::toString);
  }
}
