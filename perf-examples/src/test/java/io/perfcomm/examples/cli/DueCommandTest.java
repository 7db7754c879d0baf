package io.perfcomm.examples.cli;

import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.scenario.Scenario;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perf due}: the open steps per person who acts, as text, Markdown, JSON and iCalendar. */
class DueCommandTest {

  @TempDir
  Path dir;

  /**
   * June 2026 in Shanghai, checked on 6 July: 王芳 (E1, evaluator 赵刚 M1) was scored on 1 July and has
   * objected at the interview on 3 July; 李强 (E2, evaluator 周*强 M2, a name with Markdown in it) was
   * scored on 1 July and not yet interviewed; 孙丽 (E3) has a pending appeal for HR (HR1) to decide.
   */
  private Path cycle(String asOf) throws IOException {
    Scenario s = Scenario.month("2026-06").asOf(asOf).timeZone("Asia/Shanghai").hr("HR1").evaluator("M1")
        .evaluator("M2");
    scored(s.employee("E1").named("王芳"), "I1", "R1")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", OPEN).build()));
    scored(s.employee("E2").named("李强").evaluatedBy("M2"), "I2", "R2");
    scored(s.employee("E3").named("孙丽"), "I3", "R3").interview("T3", "2026-07-02T10:00")
        .appeal("AP3", "2026-07-03T09:00", a -> { });
    // Scenario names people by their id: the file gets real names, one with Markdown in it.
    String json = CycleJson.write(s.build()).replaceAll("(\"name\"\\s*:\\s*)\"M1\"", "$1\"赵刚\"")
        .replaceAll("(\"name\"\\s*:\\s*)\"M2\"", "$1\"周*强\"");
    Path file = dir.resolve("cycle-" + asOf.replace(':', '-') + ".json");
    Files.writeString(file, json);
    return file;
  }

  private static Scenario scored(Scenario s, String indicator, String record) {
    return s.indicator(indicator, RESULT, 100).record(record, indicator, "2026-06-10")
        .scoredAt("2026-07-01T10:00").score(indicator, 70, false, record)
        .strength("keeps the accounts", record).weakness("late reports", record);
  }

  @Test
  void textGroupsTheStepsPerPersonWhoActsOrderedByDayAt80Columns() throws IOException {
    Run run = Run.perf("due", cycle("2026-07-06T09:00").toString(), "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("perf due · period June 2026 · as of Jul 6, 2026, 9:00"), run::toString);
    out.lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
    // M2's first step (the interview with 李强 by 8 July) comes before M1's (the objection of 王芳 by 10 July).
    assertTrue(out.contains("Answer the objection of 王芳 (E1) in writing"), run::toString);
    assertTrue(out.contains("Result interview with 李强 (E2)"), run::toString);
    assertTrue(out.contains("Decide the appeal of 孙丽 (E3)"), run::toString);
    assertTrue(out.contains("APL-01 · O1, T1"), run::toString);
    assertTrue(out.indexOf("周*强 (M2) · evaluator") < out.indexOf("赵刚 (M1) · evaluator"), run::toString);
    assertTrue(out.indexOf("赵刚 (M1) · evaluator") < out.indexOf("HR1 · HR"), run::toString);
  }

  /**
   * Mid-June in Shanghai (10 June): 王芳's indicator I2 was never approved (the confirmation deadline was
   * 1 June); 李强 owns his improvement plan from May, whose action was due on 5 June; 孙丽's plan, owned
   * by her evaluator 赵刚, has two actions overdue since 3 and 8 June.
   */
  private Path midJune() throws IOException {
    Scenario s = Scenario.month("2026-06").asOf("2026-06-10T09:00").timeZone("Asia/Shanghai").evaluator("M1");
    s.employee("E1").named("王芳").indicator("I1", RESULT, 60)
        .indicator("I2", RESULT, 40, i -> i.approvedAt(java.util.Optional.empty()).approvedBy(java.util.Optional.empty()));
    s.employee("E2").named("李强").indicator("I3", RESULT, 100).improvementPlan("PL2", "2026-05-29T10:00",
        p -> p.period(io.perfcomm.core.PeriodId.of("2026-05")).owner(io.perfcomm.core.organisation.PersonId.of("E2"))
            .actions(List.of(action("2026-06-05"))));
    s.employee("E3").named("孙丽").indicator("I4", RESULT, 100).improvementPlan("PL3", "2026-05-29T10:00",
        p -> p.period(io.perfcomm.core.PeriodId.of("2026-05")).actions(List.of(action("2026-06-03"), action("2026-06-08"))));
    return write(s, "mid-june.json");
  }

  /**
   * July in Shanghai (20 July): 王芳's appeal was decided on 15 July after ten days, so her result is to be
   * applied by Monday 27 July; 李强's interview on 22 July is planned for 20 minutes; 孙丽's appeal is
   * still pending, so her result waits and HR has the decision to make.
   */
  private Path july() throws IOException {
    Scenario s = Scenario.month("2026-06").asOf("2026-07-20T09:00").timeZone("Asia/Shanghai").hr("HR1").evaluator("M1");
    scored(s.employee("E1").named("王芳"), "I1", "R1").interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-05T10:00", a -> a.status(io.perfcomm.core.appeal.AppealStatus.DECIDED)
            .decision(io.perfcomm.core.appeal.Decision.builder().at(java.time.LocalDateTime.parse("2026-07-15T10:00"))
                .outcome(io.perfcomm.core.appeal.DecisionOutcome.UPHELD).reasons("the records support the score")
                .communicatedAt(java.time.LocalDateTime.parse("2026-07-15T11:00")).build()));
    scored(s.employee("E2").named("李强"), "I2", "R2").interview("T2", "2026-07-22T10:00", i -> i.plannedMinutes(20)
        .startedAt(java.util.Optional.empty()).endedAt(java.util.Optional.empty()).outcome(java.util.Optional.empty()));
    scored(s.employee("E3").named("孙丽"), "I3", "R3").interview("T3", "2026-07-03T10:00")
        .appeal("AP3", "2026-07-13T09:00", a -> { });
    return write(s, "july.json");
  }

  private static io.perfcomm.core.interview.PlanAction action(String due) {
    return io.perfcomm.core.interview.PlanAction.builder().text("finish the course").due(LocalDate.parse(due)).build();
  }

  private Path write(Scenario s, String name) throws IOException {
    String json = CycleJson.write(s.build()).replaceAll("(\"name\"\\s*:\\s*)\"M1\"", "$1\"赵刚\"")
        .replaceAll("(\"name\"\\s*:\\s*)\"HR1\"", "$1\"陈红\"");
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  /** Every line fits 80 columns, and no employee's name is parted from their id by a line break. */
  private static void assertReadable(String out) {
    out.lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
    for (String name : List.of("王芳", "李强", "孙丽")) {
      out.lines().forEach(line -> assertFalse(line.endsWith(name), () -> "name parted from its id: " + line));
    }
  }

  @Test
  void overdueApprovalsAndPlanActionsReadAsEachPersonsListAt80Columns() throws IOException {
    Path file = midJune();
    String en = Run.perf("due", file.toString(), "--lang", "en").out();
    assertReadable(en);
    // The evaluator approves 王芳's indicator; 李强 owns his plan; 孙丽's plan is her evaluator's.
    assertTrue(en.contains("Jun 1, 2026   OVERDUE  Set and approve the indicators of 王芳 (E1)"), en);
    assertTrue(en.contains("Jun 3, 2026   OVERDUE  Complete the overdue improvement plan actions of\n"
        + "                         孙丽 (E3), or agree new due dates"), en);
    assertTrue(en.contains("李强 (E2) · employee"), en);
    assertTrue(en.contains("Jun 5, 2026   OVERDUE  Complete the overdue improvement plan actions of\n"
        + "                         李强 (E2), or agree new due dates"), en);
    String zh = Run.perf("due", file.toString(), "--lang", "zh-CN").out();
    assertReadable(zh);
    assertTrue(zh.contains("制定并审批王芳（E1）的考核指标"), zh);
    assertTrue(zh.contains("李强（E2）· 被考核者"), zh);
    assertTrue(zh.contains("已逾期  完成孙丽（E3）绩效改进计划中逾期的改进措施"), zh);
  }

  @Test
  void aResultDueAfterItsAppealAndAnInterviewToPlanReadAt80Columns() throws IOException {
    Path file = july();
    String en = Run.perf("due", file.toString(), "--lang", "en").out();
    assertReadable(en);
    assertTrue(en.contains("Jul 22, 2026           Plan enough time for the interview with 李强 (E2)"), en);
    assertTrue(en.contains("Jul 27, 2026           Apply the result of 王芳 (E1)"), en);
    assertFalse(en.contains("Apply the result of 孙丽"), en);
    assertTrue(en.contains("Decide the appeal of 孙丽 (E3)"), en);
    String zh = Run.perf("due", file.toString(), "--lang", "zh-CN").out();
    assertReadable(zh);
    assertTrue(zh.contains("为与李强（E2）的绩效面谈安排充足的时间"), zh);
    assertTrue(zh.contains("对王芳（E1）的考核结果进行结果应用"), zh);
  }

  @Test
  void overdueStepsAreMarked() throws IOException {
    Run run = Run.perf("due", cycle("2026-07-09T09:00").toString(), "--lang", "en", "--actor", "M2");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("  Jul 8, 2026   OVERDUE  Result interview with 李强 (E2)\n"), run::toString);
    assertTrue(run.out().contains("1 overdue"), run::toString);
  }

  @Test
  void actorKeepsOnlyThatPersonsSteps() throws IOException {
    Run run = Run.perf("due", cycle("2026-07-06T09:00").toString(), "--actor", "HR1", "-f", "json");
    assertEquals(0, run.exit(), run::toString);
    JsonNode due = new ObjectMapper().readTree(run.out()).get("due");
    assertEquals(1, due.size(), run::toString);
    assertEquals("DECIDE_APPEAL", due.get(0).get("step").asText());
  }

  @Test
  void withinKeepsTheDaysAheadAndTheOverdue() throws IOException {
    Path file = cycle("2026-07-06T09:00");
    JsonNode all = new ObjectMapper().readTree(Run.perf("due", file.toString(), "-f", "json").out()).get("due");
    JsonNode soon = new ObjectMapper().readTree(Run.perf("due", file.toString(), "-f", "json", "--within", "2").out())
        .get("due");
    assertTrue(soon.size() < all.size());
    for (JsonNode step : soon) {
      assertFalse(LocalDate.parse(step.get("by").asText()).isAfter(LocalDate.parse("2026-07-08")), step::toString);
    }
  }

  @Test
  void jsonIsFormatMdsDueOutput() throws IOException {
    Run run = Run.perf("due", cycle("2026-07-06T09:00").toString(), "-f", "json", "--lang", "zh-CN");
    assertEquals(0, run.exit(), run::toString);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("perf-due/1", root.get("format").asText());
    assertEquals("2026-06", root.get("period").asText());
    assertEquals("2026-07-06T09:00", root.get("asOf").asText());
    List<String> fields = new ArrayList<>();
    root.get("due").get(0).fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("actor", "actorRole", "step", "checkpoint", "about", "by", "overdue", "records", "text"), fields);
    String previous = "";
    for (JsonNode step : root.get("due")) {
      assertTrue(step.get("by").asText().compareTo(previous) >= 0, "ordered by day");
      previous = step.get("by").asText();
    }
    assertTrue(run.out().contains("与李强（E2）进行绩效面谈"), run::toString);
  }

  @Test
  void markdownIsATaskListWithNamesEscaped() throws IOException {
    Run run = Run.perf("due", cycle("2026-07-06T09:00").toString(), "-f", "markdown", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("# perf due · period June 2026"),
        run::toString);
    assertTrue(run.out().contains("## 周\\*强 (M2)"), run::toString);
    assertTrue(run.out().contains("- [ ] **Jul 8, 2026** — Result interview with 李强 (E2)"), run::toString);
  }

  @Test
  void icsParsesWithIcal4jEveryEntryWithItsUidDayAndZone() throws Exception {
    Path file = cycle("2026-07-06T09:00");
    JsonNode due = new ObjectMapper().readTree(Run.perf("due", file.toString(), "-f", "json").out()).get("due");
    Run run = Run.perf("due", file.toString(), "-f", "ics", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    Calendar calendar = new CalendarBuilder().build(new StringReader(run.out()));
    List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(due.size(), events.size());
    VTimeZone zone = (VTimeZone) calendar.getComponents("VTIMEZONE").get(0);
    assertEquals("Asia/Shanghai", zone.getProperty("TZID").get().getValue());
    TreeSet<String> uids = new TreeSet<>();
    for (int i = 0; i < events.size(); i++) {
      net.fortuna.ical4j.model.component.VEvent event = events.get(i);
      uids.add(event.getUid().get().getValue());
      DtStart<?> start = event.getDateTimeStart();
      // ical4j reads the zone from the file's VTIMEZONE (its own id for it): the moment is what counts.
      ZonedDateTime at = (ZonedDateTime) start.getDate();
      assertEquals(LocalDate.parse(due.get(i).get("by").asText()).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
          at.toInstant());
      assertEquals("Asia/Shanghai", start.getParameter("TZID").get().getValue());
    }
    assertEquals(events.size(), uids.size(), "one UID per step");
  }

  @Test
  void biweeklyReadsTheSameEntries() throws Exception {
    Path file = cycle("2026-07-06T09:00");
    String ics = Run.perf("due", file.toString(), "-f", "ics", "--lang", "zh-CN").out();
    Calendar ical4j = new CalendarBuilder().build(new StringReader(ics));
    List<net.fortuna.ical4j.model.component.VEvent> expected = ical4j.getComponents("VEVENT");
    ICalendar biweekly = Biweekly.parse(ics).first();
    List<VEvent> events = biweekly.getEvents();
    assertEquals(expected.size(), events.size());
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      assertEquals(expected.get(i).getUid().get().getValue(), event.getUid().getValue());
      assertEquals(expected.get(i).getSummary().getValue(), event.getSummary().getValue());
      assertEquals(((ZonedDateTime) expected.get(i).getDateTimeStart().getDate()).toInstant(),
          event.getDateStart().getValue().toInstant());
      assertEquals("Asia/Shanghai", biweekly.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent()
          .getTimezoneId().getValue());
    }
  }

  @Test
  void theSameStepKeepsItsUidInNextWeeksExport() throws IOException {
    String now = Run.perf("due", cycle("2026-07-02T09:00").toString(), "-f", "ics").out();
    String later = Run.perf("due", cycle("2026-07-09T09:00").toString(), "-f", "ics").out();
    List<String> uidsNow = uids(now);
    assertFalse(uidsNow.isEmpty());
    // The interview with 李强, due on 8 July, was open then and is overdue now: the same UID.
    assertTrue(uids(later).stream().anyMatch(uidsNow::contains), now + "\n" + later);
  }

  private static List<String> uids(String ics) {
    return ics.lines().filter(l -> l.startsWith("UID:")).collect(Collectors.toList());
  }

  @Test
  void afterEverythingIsDoneTheListSaysNothingIsDue() throws IOException {
    Path file = dir.resolve("well-run.json");
    Files.writeString(file, CycleJson.write(io.perfcomm.core.scenario.WellRunMonth.cycle()));
    Run run = Run.perf("due", file.toString(), "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("Nothing is due"), run::toString);
  }

  @Test
  void dueWarmsUpTheReaderAndTheEngineAsCheckDoes() {
    assertEquals(java.util.Set.of("perf-warmup-reader", "perf-warmup-engine"), Warmup.plan(new String[] {"due", "cycle.json"}));
  }

  @Test
  void eventsAfterAsOfAreLeftOutAndSaidSo() throws IOException {
    // On 2 July the interviews of 3 July have not happened yet: 王芳's and 孙丽's are still due.
    Run run = Run.perf("due", cycle("2026-07-02T09:00").toString(), "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("left out as not yet happened"), run::toString);
    assertTrue(run.out().contains("Result interview with 王芳 (E1)"), run::toString);
    JsonNode root = new ObjectMapper().readTree(Run.perf("due", cycle("2026-07-02T09:00").toString(), "-f", "json").out());
    assertTrue(root.get("leftOut").asInt() > 0, root::toString);
  }

  @Test
  void anUnknownActorOrANegativeWindowIsExitTwo() throws IOException {
    Path file = cycle("2026-07-06T09:00");
    BadInputTest.assertProblem(Run.perf("due", file.toString(), "--actor", "NOBODY"), "NOBODY");
    Run negative = Run.perf("due", file.toString(), "--within", "-1");
    assertEquals(2, negative.exit(), negative::toString);
    assertEquals("", negative.out());
  }
}
