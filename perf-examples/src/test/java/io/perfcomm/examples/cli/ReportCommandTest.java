package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportCommandTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  @TempDir
  static Path dir;

  static Path january;
  static Path february;

  @BeforeAll
  static void generatePeriods() {
    january = dir.resolve("2026-01.json");
    february = dir.resolve("2026-02.json");
    assertEquals(0, Run.perf("generate", "--employees", "60", "--seed", "1", "--breach-share", "0.5", "--period", "2026-01",
        "--out", january.toString()).exit());
    assertEquals(0, Run.perf("generate", "--employees", "40", "--seed", "3", "--breach-share", "0.2", "--period", "2026-02",
        "--out", february.toString()).exit());
  }

  @Test
  void outerLoopReportAcrossPeriodsAndDepartments() throws Exception {
    Path out = dir.resolve("report-en.html");
    Run run = Run.perf("report", january.toString(), february.toString(), Run.demoFile(), "--out", out.toString(), "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Wrote " + out), run::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Document page = Xml.parse(html);
    for (String section : List.of("summary", "by-checkpoint", "by-evaluator", "heat-map", "by-department",
        "certification", "trend")) {
      assertNotNull(Xml.byId(page, section), section);
    }
    Element trend = Xml.byId(page, "trend");
    assertTrue(trend.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength() == 1, "trend chart");
    assertTrue(trend.getTextContent().contains("2026-01") && trend.getTextContent().contains("2026-03"));
    // The demo's evaluators, its failed certification and checkpoint ids, the departments.
    String heat = Xml.byId(page, "heat-map").getTextContent();
    assertTrue(heat.contains("赵刚") && heat.contains("钱峰") && heat.contains("INT-01"), heat);
    assertTrue(Xml.byId(page, "certification").getTextContent().contains("钱峰 (M2)"));
    assertTrue(Xml.byId(page, "by-department").getTextContent().contains("华东销售二部"));
    assertTrue(html.contains("<meta charset=\"UTF-8\" />"));
    assertTrue(html.contains("@media print"));
    assertTrue(html.contains("PingFang SC") && html.contains("Noto Sans CJK SC"), "a CJK-capable font stack");
    assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"), "self-contained");
  }

  @Test
  void certificationAtRiskShowsEachEvaluatorOnceWithAColumnPerPeriod() throws Exception {
    Document page = report("report-risk.html", january, february, Path.of(Run.demoFile()));
    Element table = (Element) Xml.byId(page, "certification").getElementsByTagNameNS(XHTML, "table").item(0);
    List<String> headers = texts(table.getElementsByTagNameNS(XHTML, "th"));
    assertTrue(headers.containsAll(List.of("2026-01", "2026-02", "2026-03")), headers.toString());
    NodeList rows = ((Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML, "tr");
    Set<String> evaluators = new HashSet<>();
    for (int i = 0; i < rows.getLength(); i++) {
      String evaluator = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "td").item(0).getTextContent();
      assertTrue(evaluators.add(evaluator), "one row per evaluator, but twice: " + evaluator);
    }
    assertTrue(evaluators.contains("钱峰 (M2)"), evaluators.toString());
  }

  @Test
  void appealOutcomesByDepartmentCountEveryAppealOfThePeriods() throws Exception {
    Document page = report("report-appeals.html", january, february, Path.of(Run.demoFile()));
    int appeals = 0;
    for (String file : List.of(january.toString(), february.toString(), Run.demoFile())) {
      appeals += new ObjectMapper().readTree(Path.of(file).toFile()).path("appeals").size();
    }
    assertTrue(appeals > 0, "the generated periods have appeals");
    Element total = (Element) Xml.byId(page, "appeals").getElementsByTagNameNS(XHTML, "tfoot").item(0);
    assertEquals(String.valueOf(appeals), total.getElementsByTagNameNS(XHTML, "td").item(0).getTextContent());
    String text = Xml.byId(page, "appeals").getTextContent();
    assertTrue(text.contains("Result upheld") && text.contains("Result amended") && text.contains("Appeal rejected"), text);
  }

  @Test
  void trendChartsWriteEveryPeriodAndValueAsText() throws Exception {
    Document page = report("report-trend.html", january, february, Path.of(Run.demoFile()));
    for (String section : List.of("checkpoint-trend", "department-trend")) {
      NodeList charts = Xml.byId(page, section).getElementsByTagNameNS(SVG, "svg");
      assertTrue(charts.getLength() > 1, section);
      for (int i = 0; i < charts.getLength(); i++) {
        Element chart = (Element) charts.item(i);
        List<String> labels = texts(chart.getElementsByTagNameNS(SVG, "text"));
        assertTrue(labels.containsAll(List.of("2026-01", "2026-02", "2026-03")), section + ": " + labels);
        assertEquals(6, labels.size(), "a value and a period under each of three bars: " + labels);
        assertTrue(chart.getAttribute("aria-label").contains("2026-02 "), chart.getAttribute("aria-label"));
      }
    }
  }

  @Test
  void namesAreWrittenAsTextNeverAsMarkup() throws Exception {
    // The generated January has appeals in 销售部, so the name reaches every department section; the
    // report names a department as the latest period does, so February is renamed too.
    Path hostile = dir.resolve("hostile.json");
    Path hostileFebruary = dir.resolve("hostile-february.json");
    for (Path[] pair : new Path[][] {{january, hostile}, {february, hostileFebruary}}) {
      Files.writeString(pair[1], Files.readString(pair[0], StandardCharsets.UTF_8)
          .replace("\"销售部\"", "\"<b onclick=\\\"x()\\\">Sales & Co</b>\""), StandardCharsets.UTF_8);
    }
    Document page = report("report-hostile.html", hostile, hostileFebruary);
    assertEquals(0, page.getElementsByTagNameNS(XHTML, "b").getLength(), "no element made from data");
    for (String section : List.of("by-department", "department-trend", "appeals", "calibration")) {
      assertTrue(Xml.byId(page, section).getTextContent().contains("<b onclick=\"x()\">Sales & Co</b>"), section);
    }
  }

  @Test
  void aPersonIsNamedAsTheLatestPeriodNamesThemInEverySection() throws Exception {
    // January calls evaluator M-0001 something else; February, the latest, has the generator's name.
    String latest = new ObjectMapper().readTree(february.toFile()).path("people").findParents("id").stream()
        .filter(p -> p.path("id").asText().equals("M-0001")).findFirst().orElseThrow().path("name").asText();
    Path renamed = dir.resolve("renamed.json");
    Files.writeString(renamed, Files.readString(january, StandardCharsets.UTF_8)
        .replace("\"name\": \"" + latest + "\"", "\"name\": \"旧名字\""), StandardCharsets.UTF_8);
    assertTrue(Files.readString(renamed, StandardCharsets.UTF_8).contains("旧名字"), "January renames M-0001");
    Document page = report("report-renamed.html", renamed, february);
    String text = page.getDocumentElement().getTextContent();
    assertFalse(text.contains("旧名字"), "the earlier period's name is never shown");
    assertTrue(Xml.byId(page, "by-evaluator").getTextContent().contains(latest + " M-0001"));
  }

  @Test
  void theHeadlineAndTheDepartmentTableCountErrorsInTheSameMeasure() throws Exception {
    Document page = report("report-measures.html", january, february);
    String summary = Xml.byId(page, "summary").getTextContent();
    assertTrue(summary.contains("Employee-months with an ERROR"), summary);
    assertTrue(summary.contains("of 100 employee-months"), "60 in January and 40 in February: " + summary);
    Element departments = Xml.byId(page, "by-department");
    List<String> headers = texts(departments.getElementsByTagNameNS(XHTML, "th"));
    assertTrue(headers.containsAll(List.of("People", "Employee-months", "Employee-months with an ERROR")), headers.toString());
  }

  @Test
  void calibrationThresholdsComeFromTheLatestPeriodsPolicy() throws Exception {
    Path strict = dir.resolve("february-gap-25.json");
    String json = Files.readString(february, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"policy\": {"), "the generated file has a policy object");
    Files.writeString(strict, json.replaceFirst("\"policy\": \\{", "\"policy\": { \"calibrationMeanGap\": 25,"),
        StandardCharsets.UTF_8);
    String intro = Xml.byId(report("report-gap.html", january, strict), "calibration").getTextContent();
    assertTrue(intro.contains("at least 25.0 % of the rating scale"), intro);
  }

  @Test
  void infoNotesAreCountedApartFromBreaches() throws Exception {
    Document page = report("report-notes.html", january, february, Path.of(Run.demoFile()));
    assertTrue(Xml.byId(page, "heat-map").getTextContent().contains("INFO notes are not counted"));
    String summary = Xml.byId(page, "summary").getTextContent();
    assertTrue(summary.contains("Breaches") && summary.contains("INFO notes counted apart"), summary);
    String checkpoints = Xml.byId(page, "by-checkpoint").getTextContent();
    assertTrue(checkpoints.contains("INFO notes"), checkpoints);
  }

  @Test
  void aCompositeJustBelowThePassMarkIsNeverShownAsThePassMark() throws Exception {
    // 79.96 fails a pass mark of 80; rounded half-up to one decimal it would read 80.0.
    Path file = dir.resolve("almost-passed.json");
    Files.writeString(file, io.perfcomm.core.json.CycleJson.write(io.perfcomm.core.scenario.Scenario.month("2026-06")
        .employee("E1").followsStandardProcess().certification("K1", "M1", "2026-T1", 1, 79.96, 79.96, 79.96).build()),
        StandardCharsets.UTF_8);
    String risk = Xml.byId(report("report-almost.html", file), "certification").getTextContent();
    assertTrue(risk.contains("Failed · 79.9"), risk);
    assertFalse(risk.contains("80.0"), risk);
  }

  private static Document report(String name, Path... files) throws Exception {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("report"));
    Arrays.stream(files).map(Path::toString).forEach(args::add);
    args.addAll(List.of("--out", out.toString(), "--lang", "en"));
    Run run = Run.perf(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run::toString);
    return Xml.parse(Files.readString(out, StandardCharsets.UTF_8));
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }

  @Test
  void chineseReportOfOnePeriod() throws Exception {
    Path out = dir.resolve("report-zh.html");
    Run run = Run.perf("report", Run.demoFile(), "--out", out.toString(), "--lang", "zh-CN");
    assertEquals(0, run.exit(), run::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Document page = Xml.parse(html);
    assertEquals("zh-CN", page.getDocumentElement().getAttribute("lang"));
    assertTrue(html.contains("绩效管理体系报告（外循环）"));
    assertTrue(html.contains("认证存在风险的考核者"));
    assertTrue(html.contains("向 report 命令提供多个考核期的文件即可查看趋势"));
    assertTrue(html.contains("TRN-01"));
  }

  @Test
  void oneBadFileWritesNothing() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"perf-cycle/1\"");
    Path out = dir.resolve("never.html");
    BadInputTest.assertProblem(Run.perf("report", january.toString(), bad.toString(), "--out", out.toString()), "bad.json");
    assertFalse(Files.exists(out));
  }
}
