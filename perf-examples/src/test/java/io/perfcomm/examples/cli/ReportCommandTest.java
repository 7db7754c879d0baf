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
    assertTrue(run.out().contains("3 files, 110 employee-months,"), "60 + 40 + the demo's 10: " + run.out());
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
    Path strict = withCyclePolicy(february, "february-gap-25.json", "\"calibrationMeanGap\": 25,");
    String intro = Xml.byId(report("report-gap.html", january, strict), "calibration").getTextContent();
    assertTrue(intro.contains("at least 25.0 % of the rating scale"), intro);
  }

  @Test
  void aDepartmentsOwnCalibrationGapIsStatedAndJudgesItsEvaluators() throws Exception {
    // 销售部 (D-001) lists an evaluator at any gap at all: every one judged is lenient or strict.
    Path own = withCyclePolicy(february, "february-sales-gap-0.json",
        "\"departments\": { \"D-001\": { \"calibrationMeanGap\": 0 } },");
    Element calibration = Xml.byId(report("report-own-gap.html", january, own), "calibration");
    String text = calibration.getTextContent();
    assertTrue(text.contains("the company's policy in force in February 2026"), text);
    assertEquals(List.of("销售部 (policy of February 2026): listed at a gap of 0.0 % or a spread below 3.0 %, from 5 results"),
        texts(ownThresholds(calibration)), "only 销售部 has thresholds of its own");
    List<List<String>> rows = standingRows(calibration);
    assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("销售部")), rows.toString());
    for (List<String> row : rows) {
      assertEquals(row.get(1).equals("销售部"), row.get(2).contains("the department's own threshold: a gap of 0.0 %"),
          "a 销售部 row states its threshold, another department's row does not: " + row);
      assertFalse(row.get(2).contains("spread"), "the spread is the company's, not 销售部's own: " + row);
    }
  }

  @Test
  void aDepartmentsOwnCalibrationGapIsStatedInChinese() throws Exception {
    Path own = withCyclePolicy(february, "february-sales-gap-0-zh.json",
        "\"departments\": { \"D-001\": { \"calibrationMeanGap\": 0 } },");
    Element calibration = Xml.byId(report("report-own-gap-zh.html", List.of("--lang", "zh-CN"), january, own),
        "calibration");
    assertTrue(calibration.getTextContent().contains("以上阈值为 2026年2月公司政策的规定"), calibration.getTextContent());
    assertEquals(List.of("销售部（2026年2月的政策）：差距达评分区间的 0.0% 或离散度低于 3.0% 即列出，至少 5 个结果"),
        texts(ownThresholds(calibration)));
    List<List<String>> sales = standingRows(calibration).stream().filter(r -> r.get(1).equals("销售部")).toList();
    assertFalse(sales.isEmpty());
    sales.forEach(row -> assertTrue(row.get(2).contains("本部门阈值：差距 0.0%"), row.toString()));
  }

  @Test
  void thePolicyFilesDepartmentCalibrationThresholdsWinOverTheCycles() throws Exception {
    Path own = withCyclePolicy(february, "february-sales-gap-30.json",
        "\"departments\": { \"D-001\": { \"calibrationMeanGap\": 30 } },");
    Path policy = dir.resolve("sales-gap-8.json");
    Files.writeString(policy, "{\"departments\": {\"D-001\": {\"calibrationMeanGap\": 8, \"calibrationMinResults\": 4}}}",
        StandardCharsets.UTF_8);
    Element calibration = Xml.byId(report("report-policy-file.html", List.of("--lang", "en", "--policy", policy.toString()),
        january, own), "calibration");
    assertEquals(List.of("销售部 (policy of February 2026): listed at a gap of 8.0 % or a spread below 3.0 %, from 4 results"),
        texts(ownThresholds(calibration)));
  }

  @Test
  void withoutDepartmentOverridesNoDepartmentHasThresholdsOfItsOwn() throws Exception {
    Element calibration = Xml.byId(report("report-company-thresholds.html", january, february), "calibration");
    assertEquals(0, ownThresholds(calibration).getLength());
    standingRows(calibration).forEach(row -> assertFalse(row.get(2).contains("own threshold"), row.toString()));
    assertTrue(calibration.getTextContent().contains("at least 10.0 % of the rating scale"), "the company's default gap");
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
    return report(name, List.of("--lang", "en"), files);
  }

  private static Document report(String name, List<String> options, Path... files) throws Exception {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("report"));
    Arrays.stream(files).map(Path::toString).forEach(args::add);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(options);
    Run run = Run.perf(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run::toString);
    return Xml.parse(Files.readString(out, StandardCharsets.UTF_8));
  }

  /** A copy of a cycle file whose policy starts with some more members, e.g. a department's overrides. */
  private static Path withCyclePolicy(Path file, String name, String members) throws Exception {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"policy\": {"), "the generated file has a policy object");
    Path copy = dir.resolve(name);
    Files.writeString(copy, json.replaceFirst("\"policy\": \\{", "\"policy\": { " + members), StandardCharsets.UTF_8);
    return copy;
  }

  /** The lines stating the departments judged with thresholds of their own. */
  private static NodeList ownThresholds(Element calibration) {
    NodeList lists = calibration.getElementsByTagNameNS(XHTML, "ul");
    return lists.getLength() == 0 ? lists : ((Element) lists.item(0)).getElementsByTagNameNS(XHTML, "li");
  }

  /** The cells' texts of each row of the evaluators calibration lists. */
  private static List<List<String>> standingRows(Element calibration) {
    List<List<String>> rows = new ArrayList<>();
    NodeList tables = calibration.getElementsByTagNameNS(XHTML, "table");
    for (int t = 0; t < tables.getLength(); t++) {
      Element table = (Element) tables.item(t);
      if (!table.getAttribute("class").contains("standing")) {
        continue;
      }
      NodeList trs = ((Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML, "tr");
      for (int i = 0; i < trs.getLength(); i++) {
        rows.add(texts(((Element) trs.item(i)).getElementsByTagNameNS(XHTML, "td")));
      }
    }
    return rows;
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
