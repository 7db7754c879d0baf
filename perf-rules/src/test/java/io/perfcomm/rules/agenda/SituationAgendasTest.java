package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The agenda as the manager's page for each situation of DOMAIN.md §7.1: what is on it and what is not.
 * Interview T1 is on 3 July 2026; E1 missed I2 unless a test says otherwise.
 */
class SituationAgendasTest {

  /** The day before the interview: the agenda to prepare it. */
  private static final String BEFORE = "2026-07-02T18:00";
  /** The day after the interview. */
  private static final String AFTER = "2026-07-04T09:00";

  private static Scenario withPurpose(PurposeKind kind, boolean missI2) {
    return scored(june().asOf(BEFORE), missI2, i -> i.purpose(Purpose.builder().kind(kind).build()));
  }

  private static String zh(Agenda agenda) {
    return agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE);
  }

  private static int minutes(Agenda agenda) {
    return agenda.items().stream().mapToInt(AgendaItem::minutes).sum();
  }

  private static int minutes(Agenda agenda, AgendaItemKind kind) {
    return items(agenda, kind).stream().mapToInt(AgendaItem::minutes).sum();
  }

  private static long occurrences(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  private static Objection openObjection() {
    return Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I2"))
        .raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("the target moved mid-month")
        .status(ObjectionStatus.OPEN).build();
  }

  // Dismissal and demotion

  @Test
  void aDismissalStatesTheDecisionHrExplainsAndTheEmployeeSignsReceipt() {
    Agenda agenda = result(withPurpose(PurposeKind.DISMISSAL, true));
    assertEquals(List.of(PREPARATION, PURPOSE, DECISION, NOTICE, CONFIRMATION), kinds(agenda));
    assertEquals("agenda.decision.state.DISMISSAL", item(agenda, DECISION).points().get(0).key());
    assertEquals(List.of("agenda.notice.DISMISSAL.1", "agenda.notice.DISMISSAL.2", "agenda.notice.DISMISSAL.3"),
        keys(item(agenda, NOTICE)));
    assertEquals(List.of("agenda.confirm.receipt.DISMISSAL", "agenda.confirm.copy"), keys(item(agenda, CONFIRMATION)));
    assertEquals(45, minutes(agenda));
  }

  @Test
  void aDismissalHasNoImprovementPlanNoNextPeriodAndNoAgreement() {
    Agenda agenda = result(withPurpose(PurposeKind.DISMISSAL, true));
    for (AgendaItemKind absent : List.of(EMPLOYEE_VIEW, RESULT_REVIEW, IMPROVEMENT_PLAN, NEXT_PERIOD)) {
      assertFalse(kinds(agenda).contains(absent), absent + " in " + kinds(agenda));
    }
    String page = zh(agenda);
    assertFalse(page.contains("认同"), page);
    assertFalse(page.contains("下期绩效指标"), page);
    assertFalse(page.contains("制定改进计划"), page);
    assertFalse(page.contains("成功的做法"), page);
    assertTrue(page.contains("不表示同意"), page);
  }

  @Test
  void aDismissalChecklistListsUnionNoticeAndSeveranceAsMissingWithoutRecords() {
    AgendaItem preparation = item(result(withPurpose(PurposeKind.DISMISSAL, true)), PREPARATION);
    List<String> keys = keys(preparation);
    assertTrue(keys.containsAll(List.of("agenda.checklist.intro", "agenda.checklist.results",
        "agenda.checklist.retrained.missing.DISMISSAL", "agenda.checklist.union", "agenda.checklist.notice",
        "agenda.checklist.severance", "agenda.checklist.noOpinion")), keys.toString());
    assertEquals(1, point(preparation, "agenda.checklist.results").arguments().get("count"));
    assertTrue(preparation.records().contains("S-E1"), preparation.records().toString());
    String page = zh(result(withPurpose(PurposeKind.DISMISSAL, true)));
    assertTrue(page.contains("通知工会（第四十三条）：缺少"), page);
    assertTrue(page.contains("代通知金）：缺少"), page);
    assertTrue(page.contains("经济补偿（第四十六、四十七条）：缺少"), page);
    assertTrue(page.contains("劳动合同法第四十条第二项）：缺少"), page);
  }

  @Test
  void aDismissalChecklistShowsTheEarlierImprovementPlanByItsRecord() {
    AgendaItem preparation = item(result(withPurpose(PurposeKind.DISMISSAL, true).previousImprovementPlan("P0", "2026-05")),
        PREPARATION);
    assertTrue(keys(preparation).contains("agenda.checklist.retrained.DISMISSAL"));
    assertFalse(keys(preparation).contains("agenda.checklist.retrained.missing.DISMISSAL"));
    assertTrue(preparation.records().contains("P0"));
  }

  @Test
  void aDismissalWithoutAMissedTargetSaysTheEvidenceIsMissing() {
    Agenda agenda = result(withPurpose(PurposeKind.DISMISSAL, false));
    assertTrue(keys(item(agenda, PREPARATION)).contains("agenda.checklist.results.missing"));
    assertTrue(keys(item(agenda, DECISION)).contains("agenda.decision.grounds.none"));
  }

  @Test
  void aDismissalAgendaNeverAsksToArrangeItsOwnInterview() {
    String page = zh(result(withPurpose(PurposeKind.DISMISSAL, true)));
    assertFalse(page.contains("安排绩效面谈"), page);
  }

  @Test
  void anAgendaOfALateInterviewDoesNotTellTheManagerToHoldIt() {
    // Scored 1 July, interview moved to 20 July: INT-01 finds it late, but this agenda is that interview's.
    Scenario late = scored(june().asOf("2026-07-18T09:00"), true, i -> i.scheduledAt(LocalDateTime.parse("2026-07-20T10:00"))
        .notifiedAt(LocalDateTime.parse("2026-07-17T10:00")).startedAt(java.util.Optional.empty())
        .endedAt(java.util.Optional.empty()).outcome(java.util.Optional.empty()));
    assertTrue(io.perfcomm.rules.PerfEngine.withDefaults().check(late.build()).findings().stream()
        .anyMatch(f -> f.checkpoint().equals("INT-01")), "the check finds the interview late");
    assertFalse(findingCheckpoints(item(result(late), PREPARATION)).contains("INT-01"));
  }

  /**
   * T1 was held on 3 July and ended without an improvement plan (INT-08); T2 on 10 July is a talk of
   * the purpose given, on the same result; the agenda is for T2, the evening before.
   */
  private static Agenda secondTalkAfterAnInterviewWithoutAPlan(PurposeKind kind) {
    return result(scored(june().asOf("2026-07-09T18:00"), true, i -> { })
        .interview("T2", "2026-07-10T10:00", i -> i.purpose(Purpose.builder().kind(kind).build())).build(), "T2");
  }

  @Test
  void aDismissalGivesNoAdviceToAgreeAPlanButNamesTheMissingPlanInTheChecklist() {
    Agenda agenda = secondTalkAfterAnInterviewWithoutAPlan(PurposeKind.DISMISSAL);
    AgendaItem preparation = item(agenda, PREPARATION);
    assertFalse(findingCheckpoints(preparation).contains("INT-08"), findingCheckpoints(preparation).toString());
    Message gap = point(preparation, "agenda.checklist.retrained.gap.DISMISSAL");
    assertEquals("INT-08", gap.arguments().get("checkpoint"));
    assertTrue(preparation.records().contains("T1"), preparation.records().toString());
    String page = zh(agenda);
    assertTrue(page.contains("培训或调整工作岗位记录的缺口（INT-08）"), page);
    assertFalse(page.contains("共同制定绩效改进计划并登记"), page);
  }

  @Test
  void aDemotionNamesTheMissingPlanInItsChecklistToo() {
    AgendaItem preparation = item(secondTalkAfterAnInterviewWithoutAPlan(PurposeKind.DEMOTION), PREPARATION);
    assertFalse(findingCheckpoints(preparation).contains("INT-08"));
    assertEquals("INT-08", point(preparation, "agenda.checklist.retrained.gap.DEMOTION").arguments().get("checkpoint"));
  }

  @Test
  void aResultReviewAfterAnInterviewWithoutAPlanStillAsksToFixItFirst() {
    AgendaItem preparation = item(secondTalkAfterAnInterviewWithoutAPlan(PurposeKind.RESULT_REVIEW), PREPARATION);
    assertTrue(findingCheckpoints(preparation).contains("INT-08"), findingCheckpoints(preparation).toString());
    assertFalse(keys(preparation).stream().anyMatch(k -> k.startsWith("agenda.checklist")), keys(preparation).toString());
  }

  @Test
  void aDemotionHasItsDecisionAndNewPositionButNoSeverance() {
    Agenda agenda = result(withPurpose(PurposeKind.DEMOTION, true));
    assertEquals(List.of(PREPARATION, PURPOSE, DECISION, NOTICE, CONFIRMATION), kinds(agenda));
    assertEquals("agenda.decision.title.DEMOTION", item(agenda, DECISION).title().key());
    List<String> preparation = keys(item(agenda, PREPARATION));
    assertTrue(preparation.contains("agenda.checklist.demotion"));
    assertFalse(preparation.contains("agenda.checklist.severance"));
    assertFalse(preparation.contains("agenda.checklist.union"));
  }

  // Follow-up talk

  /** The interview took place on 3 July; the objection on I2 is still open; the plan was agreed. */
  private static Agenda followUpOnAnObjection() {
    return result(scored(june().asOf(AFTER), true, i -> i.addObjections(openObjection())
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()))
        .improvementPlan("P1", "2026-07-03T10:40", p -> { }));
  }

  @Test
  void aFollowUpHasOnlyTheOpenMatters() {
    Agenda agenda = followUpOnAnObjection();
    assertEquals(List.of(PREPARATION, PURPOSE, OBJECTIONS, CONFIRMATION), kinds(agenda));
    assertEquals(List.of("agenda.purpose.followUp", "agenda.purpose.rules"), keys(item(agenda, PURPOSE)));
    assertEquals(45, minutes(agenda));
  }

  @Test
  void aFollowUpNeitherRepeatsThePurposeOfTheInterviewNorArrangesItself() {
    String page = zh(followUpOnAnObjection());
    assertFalse(page.contains("重申"), page);
    assertFalse(page.contains("安排绩效面谈"), page);
    assertFalse(page.contains("成功的做法"), page);
    assertTrue(page.contains("跟进面谈"), page);
  }

  @Test
  void aFollowUpOnAnUnexplainedAppealDecisionExplainsIt() {
    Agenda agenda = result(scored(june().asOf("2026-07-12T09:00"), true, i -> { })
        .improvementPlan("P1", "2026-07-03T10:40", p -> { })
        .appeal("AP1", "2026-07-05T09:00", a -> a.status(AppealStatus.DECIDED).decision(Decision.builder()
            .at(LocalDateTime.parse("2026-07-10T15:00")).outcome(DecisionOutcome.UPHELD).build())));
    assertEquals(List.of(PREPARATION, PURPOSE, OBJECTIONS, CONFIRMATION), kinds(agenda));
    AgendaItem appeal = item(agenda, OBJECTIONS);
    assertEquals("agenda.followUp.appeal.title", appeal.title().key());
    assertTrue(appeal.records().contains("AP1"));
  }

  @Test
  void anInterviewHeldWithNothingOpenKeepsTheWholeAgenda() {
    Agenda agenda = result(scored(june(), true, i -> { }).improvementPlan("P1", "2026-07-03T10:40", p -> { }));
    assertTrue(kinds(agenda).contains(RESULT_REVIEW));
    assertTrue(kinds(agenda).contains(NEXT_PERIOD));
  }

  // Objections

  @Test
  void anObjectionIsCheckedAgainstTheEmployeesClaimBeforeTheRecordsDefendTheScore() {
    List<String> keys = keys(item(followUpOnAnObjection(), OBJECTIONS));
    assertTrue(keys.indexOf("agenda.objections.claim") < keys.indexOf("agenda.objections.signed"), keys.toString());
    assertTrue(keys.indexOf("agenda.objections.claim") > keys.indexOf("agenda.objections.objection"), keys.toString());
  }

  // Improvement warning

  @Test
  void aWarningSaysInTheTalkWhatMustImproveByWhenHowCheckedAndWhatFollows() {
    Agenda agenda = result(withPurpose(PurposeKind.IMPROVEMENT_WARNING, true));
    AgendaItem expectations = item(agenda, EXPECTATIONS);
    assertEquals(List.of("agenda.expectations.improve", "agenda.expectations.by", "agenda.expectations.check",
        "agenda.expectations.consequences"), keys(expectations));
    assertTrue(expectations.minutes() > 0);
    assertTrue(kinds(agenda).contains(IMPROVEMENT_PLAN));
    assertTrue(keys(item(agenda, CONFIRMATION)).contains("agenda.confirm.warning"));
    assertFalse(keys(item(agenda, CONFIRMATION)).contains("agenda.confirm.plan"), "the plan is signed once");
    assertTrue(kinds(agenda).indexOf(EXPECTATIONS) < kinds(agenda).indexOf(IMPROVEMENT_PLAN));
  }

  @Test
  void aWarningWithAnAgreedPlanTakesItsDatesFromThePlan() {
    AgendaItem expectations = item(result(withPurpose(PurposeKind.IMPROVEMENT_WARNING, true)
        .improvementPlan("P1", "2026-07-01T12:00", p -> { })), EXPECTATIONS);
    assertTrue(keys(expectations).contains("agenda.expectations.by.plan"));
    assertTrue(expectations.records().contains("P1"));
  }

  @Test
  void anOrdinaryReviewHasNoExpectationsItem() {
    assertFalse(kinds(result(scored(june().asOf(BEFORE), true, i -> { }))).contains(EXPECTATIONS));
  }

  // A clean month

  @Test
  void aCleanMonthGivesLessTimeToScoresAndAsksForWhatWorkedOnce() {
    Agenda clean = result(scored(june().asOf(BEFORE), false, i -> { }));
    Agenda missed = result(scored(june().asOf(BEFORE), true, i -> { }));
    assertFalse(kinds(clean).contains(OBJECTIONS));
    assertTrue(kinds(clean).size() < kinds(missed).size());
    assertTrue(minutes(clean, RESULT_REVIEW) < minutes(missed, RESULT_REVIEW));
    assertTrue(minutes(clean, EMPLOYEE_VIEW) > minutes(missed, EMPLOYEE_VIEW));
    String page = zh(clean);
    assertEquals(1, occurrences(page, "持续"), page);
    assertEquals(1, occurrences(page, "成功的做法"), page);
    assertEquals(45, minutes(clean));
  }

  // Next period

  @Test
  void aTargetChangedMidPeriodIsNotCarriedForward() {
    Agenda agenda = result(scored(june().asOf(BEFORE), false, i -> { })
        .indicatorChange("CH1", "I1", "2026-06-14T09:00", "2026-06-15", c -> c.newTarget("5万元")));
    AgendaItem next = item(agenda, NEXT_PERIOD);
    assertTrue(keys(next).contains("agenda.nextPeriod.partial"));
    String page = zh(agenda);
    assertFalse(page.contains("以此作为下期的起点"), page);
    assertTrue(page.contains("不作为下期的起点；下期按完整考核期商定目标值"), page);
  }

  @Test
  void aPositionTakenMidPeriodAsksForAFullPeriodTarget() {
    assertTrue(keys(item(result(scored(june().asOf(BEFORE), false, i -> { }).positionSince("2026-06-16")), NEXT_PERIOD))
        .contains("agenda.nextPeriod.partialPeriod"));
    assertFalse(keys(item(result(scored(june().asOf(BEFORE), false, i -> { }).positionSince("2026-06-01")), NEXT_PERIOD))
        .contains("agenda.nextPeriod.partialPeriod"));
  }
}
