package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void showsFindingsAndOneAgendaInEightyColumns() {
    Run run = Run.perf("demo", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    String out = run.out();
    assertTrue(out.startsWith("perf demo · 华东销售二部 · period March 2026"), out);
    assertTrue(out.contains("10 employees, 2 evaluators: 15 findings — 9 errors, 5 warnings, 1 info"), out);
    assertTrue(out.contains("Agenda for 刘洋 (E07)'s result interview"), out);
    assertTrue(out.contains("Performance interview agenda: 刘洋 (E07), interview T-E07"), out);
    assertFalse(out.contains("\u001b["), "no colours when not a terminal");
    out.lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
  }

  @Test
  void speaksChinese() {
    Run run = Run.perf("demo", "--lang", "zh-CN");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("perf 演示 · 华东销售二部 · 考核期 2026年3月"), run.out());
    assertTrue(run.out().contains("刘洋（E07）的绩效面谈议程"), run.out());
    // No space after a full-width comma.
    assertTrue(run.out().contains("10 名被考核者、2 名考核者，共 15 项发现 —— 9 项不合规、5 项风险、1 条提示"), run.out());
    run.out().lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
  }

  @Test
  void chineseReadsLikeAnHrDocument() {
    // DOMAIN.md §6.4: 24-hour times, periods as months, 、 between list items, no id-only indicator.
    String out = Run.perf("demo", "--lang", "zh-CN").out();
    assertFalse(out.contains("上午") || out.contains("下午"), out);
    assertTrue(out.contains("检查时点：2026年4月20日 18:00"), out);
    assertFalse(out.contains("依据记录：A-E07, "), "records joined with 、: " + out);
    assertTrue(out.contains("依据记录：A-E07、O-E07-1、T-E07"), out);
  }

  @Test
  void withinAPersonErrorsComeBeforeWarningsAndInfo() {
    String out = Run.perf("demo", "--lang", "en").out();
    String liu = out.substring(out.indexOf("刘洋 (E07) · "), out.indexOf("\n\n", out.indexOf("刘洋 (E07) · ")));
    int lastError = Math.max(liu.lastIndexOf("ERROR"), 0);
    int firstInfo = liu.indexOf("INFO ");
    assertTrue(firstInfo < 0 || lastError < firstInfo, liu);
  }

  @Test
  void helpAndVersion() {
    Run help = Run.perf("--help");
    assertEquals(0, help.exit());
    for (String command : new String[] {"demo", "check", "agenda", "report", "generate"}) {
      assertTrue(help.out().contains(command), help.out());
      Run sub = Run.perf(command, "--help");
      assertEquals(0, sub.exit(), sub::toString);
      assertTrue(sub.out().startsWith("Usage: perf " + command), sub.out());
    }
    Run version = Run.perf("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("perf "), version.out());
  }
}
