package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportCommandTest {

  @TempDir
  static Path dir;

  static Path january;
  static Path february;

  @BeforeAll
  static void generatePeriods() {
    january = dir.resolve("2026-01.json");
    february = dir.resolve("2026-02.json");
    assertEquals(0, Run.perf("generate", "--employees", "40", "--seed", "3", "--breach-share", "0.5", "--period", "2026-01",
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
