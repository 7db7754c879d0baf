package io.perfcomm.rules.engine;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.DayCount;
import io.perfcomm.core.policy.PlanRequirement;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Fixtures;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report sorts its findings, counts them and renders them in the reader's language. */
class ReportTest {

  private static Cycle twoBreaches() {
    return Scenario.month("2026-06")
        .employee("E2").indicator("I2", RESULT, 100).scoredAt("2026-07-01T10:00")
        .employee("E1").indicator("I1", RESULT, 100).communication(DAILY, "2026-06-10T10:00", "I1")
        .scoredAt("2026-07-01T10:00")
        .build();
  }

  @Test
  void findingsAreSortedByCheckpointThenEmployee() {
    List<Finding> findings = PerfEngine.withDefaults().check(twoBreaches()).findings("COM-02");
    assertEquals(List.of("E1", "E2"), findings.stream().map(f -> f.employee().orElseThrow().value()).toList());
  }

  @Test
  void summaryCountsEverySeverity() {
    Report report = PerfEngine.withDefaults().check(twoBreaches());
    assertEquals(report.findings().size(),
        report.count(Severity.ERROR) + report.count(Severity.WARNING) + report.count(Severity.INFO));
    assertEquals(3, report.summary().size());
    assertTrue(report.hasErrors());
  }

  @Test
  void findingsCarryThePeriodAndTheEvaluator() {
    Finding finding = PerfEngine.withDefaults().check(twoBreaches()).findings("COM-02").get(0);
    assertEquals("2026-06", finding.period().orElseThrow().value());
    assertEquals("M1", finding.evaluator().orElseThrow().value());
  }

  @Test
  void messageFormatsDatesAndNumbersForTheLocale() {
    Report report = PerfEngine.withDefaults().check(twoBreaches());
    Finding finding = report.findings("COM-02").get(0);
    assertEquals("E1 had 1 communication in the period before being scored on Jul 1, 2026, 10:00 AM;"
        + " at least 2 are required.", report.message(finding, Locale.ENGLISH).replace('\u202f', ' '));
    // The id and the date are set off from the Chinese around them (ChineseSpacing).
    assertTrue(report.message(finding, Locale.SIMPLIFIED_CHINESE).startsWith("被考核者 E1 于 2026年7月1日 10:00 评分"),
        report.message(finding, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void chineseSetsCountsOffWithSpacesAsItsTitlesDo() {
    // Used to read 只沟通了1次 under the title 评分前至少沟通 2 次 (DOMAIN.md §6.4 writes 至少沟通 3 次).
    Report report = PerfEngine.withDefaults().check(twoBreaches());
    String message = report.message(report.findings("COM-02").get(0), Locale.SIMPLIFIED_CHINESE);
    assertTrue(message.endsWith("评分前本期只沟通了 1 次，评分前至少须进行 2 次绩效沟通或正式面谈。"), message);
  }

  @Test
  void messageNamesPeopleByNameAndIdInEachLanguage() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").named("王芳").indicator("I1", RESULT, 100)
        .communication(DAILY, "2026-06-10T10:00", "I1").scoredAt("2026-07-01T10:00");
    Report report = PerfEngine.withDefaults().check(scenario.build());
    Finding finding = report.findings("COM-02").get(0);
    assertEquals("E1", finding.employee().orElseThrow().value());
    assertTrue(report.message(finding, Locale.ENGLISH).startsWith("王芳 (E1) had 1 communication"), report.message(finding, Locale.ENGLISH));
    assertTrue(report.message(finding, Locale.SIMPLIFIED_CHINESE).startsWith("被考核者王芳（E1）"), report.message(finding, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aTitleStatesTheDayLimitInForce() {
    // Used to read "within the set days" / 评分后按期: a title states the policy in force (DOMAIN.md §6.4).
    Report report = PerfEngine.withDefaults().check(twoBreaches());
    assertEquals("A result interview within 7 days of scoring", report.title("INT-01", Locale.ENGLISH));
    assertEquals("评分后 7 天内进行绩效面谈", report.title("INT-01", Locale.SIMPLIFIED_CHINESE));
    assertEquals("申诉在 30 天内决定，并连同理由告知本人", report.title("APL-04", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aTitleCountsWorkingDaysWhenThePolicyDoes() {
    Report report = PerfEngine.withDefaults().check(Scenario.month("2026-06")
        .policy(p -> p.interviewWithinDays(10).dayCount(DayCount.WORKING)).employee("E1").followsStandardProcess().build());
    assertEquals("A result interview within 10 working days of scoring", report.title("INT-01", Locale.ENGLISH));
    assertEquals("评分后 10 个工作日内进行绩效面谈", report.title("INT-01", Locale.SIMPLIFIED_CHINESE));
    assertEquals("结果应用后 7 个工作日内进行应用沟通", report.title("COM-06", Locale.SIMPLIFIED_CHINESE));
  }

  /**
   * E1 scored on 1 July 2026 and never interviewed, E2 never scored, E4 scored on 9 July: the INT-01 and
   * EVA-05 deadlines have passed whether the days count as working days or not.
   */
  private static Scenario lateUnder(DayCount dayCount) {
    return Fixtures.scored(Fixtures.june().policy(p -> p.dayCount(dayCount)))
        .employee("E2").indicator("I2", RESULT, 100).record("R2", "I2", "2026-06-10")
        .employee("E4").indicator("I4", RESULT, 100).record("R4", "I4", "2026-06-10")
        .scoredAt("2026-07-09T10:00").score("I4", 80, true, "R4");
  }

  private static String text(Report report, String checkpoint, String employee, Locale locale, boolean advice) {
    Finding finding = report.findings(checkpoint).stream()
        .filter(f -> f.employee().orElseThrow().value().equals(employee)).findFirst().orElseThrow();
    return advice ? report.advice(finding, locale) : report.message(finding, locale);
  }

  @Test
  void aFindingCountsWorkingDaysWhenThePolicyDoes() {
    // Used to read "7 days allowed" / 限 7 天内 under a title saying 7 个工作日 (DOMAIN.md §6.1).
    Report report = PerfEngine.withDefaults().check(lateUnder(DayCount.WORKING).build());
    assertContains("(7 working days allowed;", text(report, "INT-01", "E1", Locale.ENGLISH, false));
    assertContains("（限 7 个工作日内）", text(report, "INT-01", "E1", Locale.SIMPLIFIED_CHINESE, false));
    assertContains("(5 working days after the period)", text(report, "EVA-05", "E2", Locale.ENGLISH, false));
    assertContains("（期末后 5 个工作日）", text(report, "EVA-05", "E2", Locale.SIMPLIFIED_CHINESE, false));
    assertContains("(5 working days after the period, or", text(report, "EVA-05", "E4", Locale.ENGLISH, false));
    assertContains("Score within 5 working days after", text(report, "EVA-05", "E4", Locale.ENGLISH, true));
    assertContains("考核期结束后 5 个工作日内完成评分", text(report, "EVA-05", "E4", Locale.SIMPLIFIED_CHINESE, true));
  }

  @Test
  void aFindingCountsCalendarDaysByDefault() {
    Report report = PerfEngine.withDefaults().check(lateUnder(DayCount.CALENDAR).build());
    assertContains("(7 days allowed;", text(report, "INT-01", "E1", Locale.ENGLISH, false));
    assertContains("（限 7 天内）", text(report, "INT-01", "E1", Locale.SIMPLIFIED_CHINESE, false));
    assertContains("(5 days after the period)", text(report, "EVA-05", "E2", Locale.ENGLISH, false));
    assertContains("（期末后 5 天）", text(report, "EVA-05", "E2", Locale.SIMPLIFIED_CHINESE, false));
    assertContains("(5 days after the period, or", text(report, "EVA-05", "E4", Locale.ENGLISH, false));
    assertContains("Score within 5 days after", text(report, "EVA-05", "E4", Locale.ENGLISH, true));
    assertContains("考核期结束后 5 天内完成评分", text(report, "EVA-05", "E4", Locale.SIMPLIFIED_CHINESE, true));
  }

  @Test
  void anAdviceToScoreByThePeriodsLastDayNeverSaysWithinZeroDays() {
    Report report = PerfEngine.withDefaults().check(Fixtures.june().policy(p -> p.scoringDeadlineDays(0))
        .employee("E4").indicator("I4", RESULT, 100).record("R4", "I4", "2026-06-10")
        .scoredAt("2026-07-09T10:00").score("I4", 80, true, "R4").build());
    assertContains("Score by the period's last day;", text(report, "EVA-05", "E4", Locale.ENGLISH, true));
    assertContains("请最迟于考核期最后一天完成评分；", text(report, "EVA-05", "E4", Locale.SIMPLIFIED_CHINESE, true));
  }

  @Test
  void aFindingCountsDaysAsThePolicyOfItsPersonsDepartmentDoes() {
    // The company counts calendar days, department D2 working days: each finding says its own.
    Report report = PerfEngine.withDefaults().check(lateUnder(DayCount.CALENDAR)
        .policy(p -> p.putDepartments(DepartmentId.of("D2"), Policy.builder().dayCount(DayCount.WORKING).build()))
        .employee("E3").inDepartment("D2").indicator("I3", RESULT, 100).record("R3", "I3", "2026-06-10").build());
    assertContains("（期末后 5 个工作日）", text(report, "EVA-05", "E3", Locale.SIMPLIFIED_CHINESE, false));
    assertContains("（期末后 5 天）", text(report, "EVA-05", "E2", Locale.SIMPLIFIED_CHINESE, false));
  }

  private static void assertContains(String expected, String text) {
    assertTrue(text.contains(expected), () -> "expected " + expected + " in: " + text);
  }

  @Test
  void theImprovementPlanTitleSaysWhenAPlanIsRequired() {
    Report always = PerfEngine.withDefaults().check(twoBreaches());
    Report onShortfall = PerfEngine.withDefaults().check(Scenario.month("2026-06")
        .policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL)).employee("E1").followsStandardProcess().build());
    assertEquals("面谈结束时共同制定绩效改进计划", always.title("INT-08", Locale.SIMPLIFIED_CHINESE));
    assertEquals("未达成目标时，面谈结束时共同制定绩效改进计划", onShortfall.title("INT-08", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void asOfDefaultsToTheEngineClock() {
    LocalDateTime now = LocalDateTime.of(2026, 6, 20, 9, 0);
    PerfEngine engine = PerfEngine.builder()
        .clock(java.time.Clock.fixed(now.atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault()))
        .build();
    Cycle cycle = Cycle.builder().from(twoBreaches()).asOf(java.util.Optional.empty()).build();
    assertEquals(now, engine.check(cycle).asOf());
  }

  @Test
  void checksInParallelGiveTheSequentialFindings() {
    Scenario scenario = Scenario.month("2026-06");
    for (int i = 0; i < 150; i++) {
      scenario.employee(String.format("E%03d", i)).indicator("I" + i, RESULT, 100)
          .communication(DAILY, "2026-06-10T10:00", "I" + i).scoredAt("2026-07-01T10:00");
    }
    Cycle cycle = scenario.build();
    assertEquals(PerfEngine.builder().parallel(false).build().check(cycle).findings(),
        PerfEngine.withDefaults().check(cycle).findings());
  }
}
