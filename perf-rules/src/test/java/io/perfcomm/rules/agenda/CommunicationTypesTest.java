package io.perfcomm.rules.agenda;

import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.communication.CommunicationType.ROLE;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The agendas of the four other communication types, each as of a moment inside the period and after it. */
class CommunicationTypesTest {

  /** Wednesday 17 June 2026: inside the third week of June (15–21). */
  private static final String MID = "2026-06-17T18:00";

  /** The kinds of the talk itself, after any PREPARATION the check's findings call for. */
  private static List<AgendaItemKind> talk(Agenda agenda) {
    return kinds(agenda).stream().filter(k -> k != PREPARATION).toList();
  }

  private static Scenario indicators(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40);
  }

  // INDICATOR

  @Test
  void indicatorTalkBeforeThePeriodAgreesItsSheetAndSignsByTheDeadline() {
    // The default approval is on 30 May at 09:00: the talk comes after it (before it, see below).
    Agenda agenda = of(indicators(june().asOf("2026-05-30T10:00")).unsigned(), "E1", INDICATOR);
    assertEquals(List.of(PURPOSE, INDICATORS, INDICATORS, CONFIRMATION), talk(agenda));
    assertEquals(List.of("agenda.indicators.figures", "agenda.indicators.approved", "agenda.indicators.measure.RESULT"),
        keys(items(agenda, INDICATORS).get(0)));
    assertEquals(LocalDate.parse("2026-06-01"), point(item(agenda, CONFIRMATION), "agenda.confirm.indicators.sign")
        .arguments().get("by"));
    assertTrue(items(agenda, INDICATORS).get(0).minutes() > items(agenda, INDICATORS).get(1).minutes(), "the 60% indicator gets more time");
  }

  @Test
  void indicatorTalkBeforeTheApprovalIsRecordedTreatsTheIndicatorsAsNotApprovedYet() {
    Agenda agenda = of(indicators(june().asOf("2026-05-28T10:00")).unsigned(), "E1", INDICATOR);
    assertEquals(List.of("agenda.indicators.figures", "agenda.indicators.unapproved", "agenda.indicators.measure.RESULT"),
        keys(items(agenda, INDICATORS).get(0)));
  }

  @Test
  void indicatorTalkMidPeriodIsAboutTheNextPeriodFromProgressSoFar() {
    Agenda agenda = of(indicators(june().asOf(MID)).record("R1", "I1", "2026-06-08").record("R9", "I1", "2026-06-25"),
        "E1", INDICATOR);
    assertEquals("agenda.purpose.INDICATOR.next", item(agenda, PURPOSE).points().get(0).key());
    assertEquals(LocalDate.parse("2026-07-01"), item(agenda, PURPOSE).points().get(0).arguments().get("start"));
    assertEquals(List.of("agenda.indicators.current", "agenda.indicators.soFar", "agenda.indicators.next"),
        keys(items(agenda, INDICATORS).get(0)));
    assertEquals(List.of("R1"), items(agenda, INDICATORS).get(0).records(), "records after asOf are not there yet");
    assertEquals(LocalDate.parse("2026-07-01"), point(item(agenda, CONFIRMATION), "agenda.confirm.indicators.next")
        .arguments().get("by"));
  }

  @Test
  void indicatorTalkAfterThePeriodStartsFromItsResultNotItsSignedSheet() {
    Agenda agenda = of(scored(june(), true, i -> { }), "E1", INDICATOR);
    AgendaItem i2 = items(agenda, INDICATORS).get(1);
    assertEquals(List.of("agenda.indicators.current", "agenda.indicators.result.missed", "agenda.indicators.next"), keys(i2));
    assertEquals(List.of("agenda.confirm.indicators.next"), keys(item(agenda, CONFIRMATION)));
    // As of 30 July the period starting next is August's: its sheet is signed by Monday 3 August (1 August is a
    // Saturday), never by a past day.
    assertEquals(LocalDate.parse("2026-08-01"), item(agenda, CONFIRMATION).points().get(0).arguments().get("start"));
    assertEquals(LocalDate.parse("2026-08-03"), item(agenda, CONFIRMATION).points().get(0).arguments().get("by"));
    assertFalse(keys(item(agenda, CONFIRMATION)).contains("agenda.confirm.indicators.signed"));
  }

  // ROLE

  @Test
  void roleTalkSaysWhoEvaluatesWhomDutiesAndAuthority() {
    Agenda agenda = of(indicators(june().asOf(MID)).keyPosition().evaluatedBy("M2").evaluatorSince("2026-06-01"), "E1", ROLE);
    assertEquals(List.of(PURPOSE, ROLES, INDICATORS, NEXT_STEPS, CONFIRMATION), talk(agenda));
    assertEquals(List.of("agenda.roles.who", "agenda.roles.position", "agenda.roles.new.evaluator",
        "agenda.roles.evaluatorDuties", "agenda.roles.employeeDuties", "agenda.roles.authority",
        "agenda.roles.keyPosition"), ownKeys(item(agenda, ROLES)));
    assertEquals("M2", agenda.evaluator().orElseThrow().value());
    assertEquals(LocalDate.parse("2026-07-01"), point(item(agenda, NEXT_STEPS), "agenda.nextSteps.ROLE").arguments().get("start"));
  }

  @Test
  void roleTalkAfterThePeriodPlansTheNextOne() {
    Agenda agenda = of(indicators(june()).evaluatedBy("M2").evaluatorSince("2026-06-01"), "E1", ROLE);
    assertEquals(LocalDate.parse("2026-08-03"), point(item(agenda, NEXT_STEPS), "agenda.nextSteps.ROLE").arguments().get("by"));
  }

  // DAILY

  @Test
  void weeklyCheckInIsAboutTheCurrentWeekAndItsRecordsSoFar() {
    Agenda agenda = of(indicators(june().asOf(MID)).keyPosition()
        .record("R1", "I1", "2026-06-05").record("R2", "I1", "2026-06-16").record("R9", "I1", "2026-06-25"), "E1", DAILY);
    assertEquals(List.of(PURPOSE, PROGRESS, PROGRESS, OBSTACLES, NEXT_STEPS), talk(agenda));
    assertEquals(LocalDate.parse("2026-06-15"), item(agenda, PURPOSE).points().get(0).arguments().get("weekFrom"));
    AgendaItem i1 = items(agenda, PROGRESS).get(0);
    assertEquals(List.of("agenda.progress.target", "agenda.progress.records", "agenda.progress.week"), keys(i1));
    assertEquals(List.of("R1", "R2"), i1.records(), "records after asOf are not there yet");
    assertEquals(1, point(i1, "agenda.progress.week").arguments().get("count"));
    assertEquals(List.of("agenda.progress.target", "agenda.progress.noRecords", "agenda.progress.week.none"),
        keys(items(agenda, PROGRESS).get(1)));
    assertTrue(keys(item(agenda, NEXT_STEPS)).contains("agenda.nextSteps.keyPosition"));
  }

  @Test
  void anotherTalkIsPreparedOnlyWhenTheCheckFoundSomethingAboutTheEmployee() {
    // Mid-month the control's own later talks are still due (DOMAIN.md §6.1), so it may be prepared for
    // too; but only for what the check found about it, never E1's unsigned sheet.
    Agenda control = of(indicators(june().asOf(MID)).unsigned(), "CONTROL", DAILY);
    assertFalse(control.items().stream().filter(i -> i.kind() == PREPARATION)
        .anyMatch(i -> findingCheckpoints(i).contains("OBJ-02")), keys(control.items().get(0)).toString());
    Agenda agenda = of(indicators(june().asOf(MID)).unsigned(), "E1", DAILY);
    assertEquals(PREPARATION, agenda.items().get(0).kind());
    assertTrue(findingCheckpoints(agenda.items().get(0)).contains("OBJ-02"), keys(agenda.items().get(0)).toString());
  }

  @Test
  void weeklyCheckInGoesThroughOpenPlanActionsDueAndOverdue() {
    Agenda agenda = of(indicators(june().asOf(MID)).previousImprovementPlan("P0", "2026-05")
        .improvementPlan("P1", "2026-06-03T10:00", p -> p.actions(List.of(
            PlanAction.builder().text("call ten clients").due(LocalDate.parse("2026-06-15")).build(),
            PlanAction.builder().text("weekly report on time").due(LocalDate.parse("2026-06-26")).build(),
            PlanAction.builder().text("shadow a senior").due(LocalDate.parse("2026-06-10"))
                .doneAt(LocalDate.parse("2026-06-09")).build()))), "E1", DAILY);
    List<AgendaItem> followUps = items(agenda, PLAN_FOLLOW_UP);
    assertEquals(2, followUps.size());
    AgendaItem p1 = followUps.stream().filter(i -> i.records().contains("P1")).findFirst().orElseThrow();
    assertEquals(List.of("agenda.plan.action.overdue", "agenda.plan.action.due", "agenda.plan.action.done",
        "agenda.followup.ask"), keys(p1));
    assertEquals(LocalDate.parse("2026-06-15"), point(p1, "agenda.plan.action.overdue").arguments().get("overdueSince"));
    AgendaItem p0 = followUps.stream().filter(i -> i.records().contains("P0")).findFirst().orElseThrow();
    assertTrue(keys(p0).contains("agenda.followup.unfollowed"));
  }

  @Test
  void weeklyCheckInAfterThePeriodReviewsWhereEachIndicatorEnded() {
    Agenda agenda = of(indicators(june()).record("R1", "I1", "2026-06-05"), "E1", DAILY);
    assertEquals("agenda.purpose.DAILY.after", item(agenda, PURPOSE).points().get(0).key());
    assertEquals(List.of("agenda.progress.target", "agenda.progress.records"), keys(items(agenda, PROGRESS).get(0)));
  }

  // APPLICATION

  @Test
  void applicationTalkSaysWhatEachActionMeansAndWhenTheTalkIsDue() {
    Agenda agenda = of(scored(june().asOf("2026-07-06T09:00"), true, i -> { }).improvementPlan("P1", "2026-07-03T11:00", p -> { })
        .applied("A1", "2026-07-05T10:00", ApplicationAction.IMPROVEMENT_PLAN, ApplicationAction.TRAINING_REQUEST,
            ApplicationAction.PAY), "E1", APPLICATION);
    assertEquals(List.of(PURPOSE, IMPROVEMENT_PLAN, AgendaItemKind.APPLICATION, NEXT_STEPS, CONFIRMATION), talk(agenda));
    assertEquals(List.of("agenda.application.talk.by", "agenda.application.IMPROVEMENT_PLAN",
        "agenda.application.TRAINING_REQUEST", "agenda.application.PAY"), keys(item(agenda, AgendaItemKind.APPLICATION)));
    // Seven days after 5 July is Sunday 12 July: the deadline moves to Monday 13 July.
    assertEquals(LocalDate.parse("2026-07-13"), point(item(agenda, AgendaItemKind.APPLICATION), "agenda.application.talk.by").arguments().get("by"));
    assertEquals(List.of("agenda.plan.agreed", "agenda.plan.action.due", "agenda.plan.resource"),
        keys(item(agenda, IMPROVEMENT_PLAN)));
  }

  @Test
  void applicationTalkAfterItsDeadlineIsOverdue() {
    Agenda agenda = of(scored(june(), true, i -> { }).applied("A1", "2026-07-05T10:00", ApplicationAction.PAY), "E1", APPLICATION);
    assertEquals(LocalDate.parse("2026-07-13"), point(item(agenda, AgendaItemKind.APPLICATION), "agenda.application.talk.overdue")
        .arguments().get("overdueSince"));
    assertEquals(PREPARATION, agenda.items().get(0).kind(), "the check's findings come before the talk");
  }

  @Test
  void applicationTalkWhileAnAppealIsPendingHoldsTheApplication() {
    Agenda agenda = of(scored(june(), false, i -> { }).appeal("AP1", "2026-07-04T09:00", a -> { }), "E1", APPLICATION);
    assertTrue(keys(item(agenda, OBJECTIONS)).contains("agenda.objections.holdApplication"));
  }

  @ParameterizedTest
  @EnumSource(CommunicationType.class)
  void everyTextRendersInBothLanguagesWithoutAPlaceholderLeft(CommunicationType type) {
    Agenda agenda = type == CommunicationType.RESULT
        ? result(scored(june().hr("HR1"), true, i -> i.purpose(io.perfcomm.core.interview.Purpose.builder()
            .kind(io.perfcomm.core.interview.PurposeKind.DEMOTION).build())).previousImprovementPlan("P0", "2026-05")
            .evaluatorSince("2026-06-01"))
        : of(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05").applied("A1",
            "2026-07-05T10:00", ApplicationAction.values()), "E1", type);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (AgendaFormat format : AgendaFormat.values()) {
        String text = agenda.render(format, locale);
        assertFalse(text.contains("[agenda.") || text.contains("[enum."), text);
        assertFalse(text.matches("(?s).*\\{\\w+[},].*"), text);
      }
    }
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE).contains("分钟"));
  }
}
