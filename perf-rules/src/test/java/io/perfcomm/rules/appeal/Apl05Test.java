package io.perfcomm.rules.appeal;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.interview.ObjectionStatus.ESCALATED;
import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.interview.ObjectionStatus.RESOLVED;
import static io.perfcomm.core.interview.ObjectionStatus.WITHDRAWN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.policy.PlanRequirement;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** APL-05: for a disputed result, which standard-process records exist and which are missing. */
class Apl05Test {

  /** Plans are asked for only when a target was missed, whatever the default becomes. */
  private static Scenario onShortfall() {
    return june().policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL));
  }

  /**
   * E1 in June, by the book: the sheet signed before the period, the indicator talk, two check-ins
   * (C-E1-2, C-E1-3), a weekly report, the month-end summary SUM1 on 30 June, scored on 1 July with
   * the target met or missed, and the result signed at the interview T1 on 3 July.
   */
  private static Scenario byTheBook(Scenario scenario, boolean targetMet) {
    return byTheBook(scenario, targetMet, i -> { });
  }

  private static Scenario byTheBook(Scenario scenario, boolean targetMet, Consumer<Interview.Builder> interview) {
    return scenario.employee("E1").indicator("I1", RESULT, 100)
        .communication(INDICATOR, "2026-05-28T14:00", "I1")
        .communication(DAILY, "2026-06-10T10:00", "I1").communication(DAILY, "2026-06-24T10:00", "I1")
        .record("R1", "I1", "2026-06-10").summary("SUM1", "2026-06-30")
        .scoredAt("2026-07-01T10:00").score("I1", targetMet ? 90 : 60, targetMet, "R1")
        .interview("T1", "2026-07-03T10:00", interview);
  }

  private static Scenario appealed(Scenario scenario) {
    return scenario.appeal("P1", "2026-07-05T10:00", a -> { });
  }

  private static List<String> names(Finding finding, String argument) {
    Object value = finding.arguments().get(argument);
    if (value instanceof java.util.Optional<?> optional) {
      value = optional.orElse(null);
    }
    return value instanceof Collection<?> c ? c.stream().map(Object::toString).collect(Collectors.toList()) : List.of();
  }

  @Test
  void reportsEveryStepOfAnAppealedResultRunByTheBook() {
    Finding only = given(appealed(byTheBook(onShortfall(), true)))
        .expect("APL-05").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-05.complete.message")
        .citing("S-E1", "C-E1-2", "C-E1-3", "SUM1", "T1").withArgument("measuresExpected", false)
        .times(1).findings().get(0);
    assertEquals(List.of("CONFIRMATION", "COACHING", "SUMMARY", "RESULT_CONFIRMATION"), names(only, "present"));
    assertEquals(List.of(), names(only, "missing"));
  }

  @Test
  void improvementMeasuresAreExpectedWhenATargetWasMissed() {
    Finding only = given(appealed(byTheBook(onShortfall(), false)))
        .expect("APL-05").about("E1").withMessageKey("APL-05.message").withArgument("measuresExpected", true)
        .times(1).findings().get(0);
    assertEquals(List.of("IMPROVEMENT_MEASURES"), names(only, "missing"));
  }

  @Test
  void improvementMeasuresAreExpectedWhenThePolicyAlwaysAsksForAPlan() {
    Finding only = given(appealed(byTheBook(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ALWAYS)), true)))
        .expect("APL-05").about("E1").withArgument("measuresExpected", true).times(1).findings().get(0);
    assertEquals(List.of("IMPROVEMENT_MEASURES"), names(only, "missing"));
  }

  @Test
  void aPlanAgreedAtTheInterviewIsTheImprovementMeasure() {
    Scenario scenario = byTheBook(onShortfall(), false, i -> i.improvementPlan(PlanId.of("PL1")))
        .improvementPlan("PL1", "2026-07-03T10:40", p -> { });
    Finding only = given(appealed(scenario))
        .expect("APL-05").about("E1").withMessageKey("APL-05.complete.message").times(1).findings().get(0);
    assertEquals(List.of("PL1"), names(only, "measures"));
  }

  @Test
  void anObjectionRecordedWithoutASignatureConfirmsNothing() {
    // Used to count: an OBJECTED outcome is the employee's answer, not their confirmation of the result.
    Scenario objected = byTheBook(onShortfall(), true, i -> i
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())
        .addObjections(objection("O1", "2026-07-03T10:30", OPEN).build()));
    Finding only = given(objected).expect("APL-05").about("E1").times(1).findings().get(0);
    assertEquals(List.of("RESULT_CONFIRMATION"), names(only, "missing"));
  }

  @Test
  void aResultSignedAfterAsOfIsNotYetItsConfirmation() {
    // The objection answered and the result signed on 8 July; checked as of 6 July, neither had
    // happened (DOMAIN.md §6.1): the record used to be listed as "result signed".
    Scenario objected = byTheBook(onShortfall().asOf("2026-07-06T18:00"), true, i -> i
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-08T10:00")).build())
        .addObjections(objection("O1", "2026-07-03T10:30", RESOLVED).response(Scenario.response("2026-07-08T09:00")).build()));
    Finding only = given(objected).expect("APL-05").about("E1").times(1).findings().get(0);
    assertEquals(List.of("RESULT_CONFIRMATION"), names(only, "missing"));
    // Checked once both had happened, the dispute is over and its records stand on their own.
    given(byTheBook(onShortfall().asOf("2026-07-08T18:00"), true, i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-08T10:00")).build())
            .addObjections(objection("O1", "2026-07-03T10:30", RESOLVED).response(Scenario.response("2026-07-08T09:00")).build())))
        .expectNone("APL-05");
  }

  @Test
  void theSignedSheetIsTheConfirmationWithoutAnIndicatorTalk() {
    Finding only = given(appealed(june().employee("E1").indicator("I1", RESULT, 100)
            .scoredAt("2026-07-01T10:00").score("I1", 70, false)))
        .expect("APL-05").about("E1").citing("S-E1").times(1).findings().get(0);
    assertEquals(List.of("CONFIRMATION"), names(only, "present"));
    assertEquals(List.of("COACHING", "SUMMARY", "RESULT_CONFIRMATION", "IMPROVEMENT_MEASURES"), names(only, "missing"));
  }

  @Test
  void aSheetSignedOnlyAfterScoringIsNoConfirmation() {
    Finding only = given(appealed(june().employee("E1").indicator("I1", RESULT, 100).signedAt("2026-07-02T09:00")
            .scoredAt("2026-07-01T10:00").score("I1", 70, false)))
        .expect("APL-05").about("E1").times(1).findings().get(0);
    assertEquals(List.of(), names(only, "present"));
  }

  @Test
  void theMonthEndSummaryCountsFromTheLastSevenDaysToTheDayOfScoring() {
    Finding only = given(appealed(june().employee("E1").indicator("I1", RESULT, 100).unsigned()
            .summary("EARLY", "2026-06-23").summary("FIRST", "2026-06-24").summary("SCORING-DAY", "2026-07-01")
            .summary("AFTER", "2026-07-02").scoredAt("2026-07-01T10:00").score("I1", 70, false)))
        .expect("APL-05").about("E1").citing("FIRST", "SCORING-DAY").times(1).findings().get(0);
    assertEquals(List.of("SUMMARY"), names(only, "present"));
  }

  @Test
  void scoreEvidenceIsNoMonthEndSummary() {
    // Used to count: the evidence a score cites is daily assessment, not the period summary.
    Finding only = given(appealed(june().employee("E1").indicator("I1", RESULT, 100).unsigned()
            .record("R1", "I1", "2026-06-29").scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1")))
        .expect("APL-05").about("E1").times(1).findings().get(0);
    assertEquals(List.of(), names(only, "present"));
  }

  @Test
  void coachingCountsDailyCommunicationsInsideThePeriodOnly() {
    Finding only = given(appealed(june().employee("E1").indicator("I1", RESULT, 100).unsigned()
            .communication(DAILY, "2026-05-31T23:59", "I1").communication(DAILY, "2026-06-30T23:59", "I1")
            .communication(DAILY, "2026-07-01T00:00", "I1").scoredAt("2026-07-01T10:00").score("I1", 70, false)))
        .expect("APL-05").about("E1").citing("C-E1-2").times(1).findings().get(0);
    assertEquals(List.of("COACHING"), names(only, "present"));
  }

  @Test
  void oneFindingPerDisputedEvaluationEvenWithObjectionAndAppeal() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00").score("I1", 70, false)
            .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", OPEN).build()))
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-05").about("E1").times(1);
  }

  /** By the book with a target missed and an objection O1 of this status raised at T1. */
  private static Scenario objected(ObjectionStatus status) {
    return byTheBook(onShortfall(), false, i -> i.addObjections(objection("O1", "2026-07-03T10:30", status).build()));
  }

  private static Decision decided(String at) {
    return Decision.builder().at(LocalDateTime.parse(at)).outcome(DecisionOutcome.UPHELD).reasons("records").build();
  }

  @Test
  void reportsAnOpenObjection() {
    given(objected(OPEN)).expect("APL-05").about("E1").times(1);
  }

  @Test
  void silentOnceTheObjectionIsWithdrawnAndTheResultSigned() {
    given(objected(WITHDRAWN)).expectNone("APL-05");
  }

  @Test
  void silentOnceTheObjectionIsResolved() {
    given(objected(RESOLVED)).expectNone("APL-05");
  }

  @Test
  void reportsAnEscalatedObjectionWhoseAppealIsNotYetFiled() {
    given(objected(ESCALATED)).expect("APL-05").about("E1").times(1);
  }

  @Test
  void reportsAnEscalatedObjectionWhileItsAppealIsPending() {
    given(objected(ESCALATED).appeal("P1", "2026-07-05T10:00", a -> a.objection(ObjectionId.of("O1"))))
        .expect("APL-05").about("E1").times(1);
  }

  @Test
  void silentOnceTheAppealOnAnEscalatedObjectionIsDecided() {
    given(objected(ESCALATED).appeal("P1", "2026-07-05T10:00", a -> a.objection(ObjectionId.of("O1"))
            .status(AppealStatus.DECIDED).decision(decided("2026-07-20T10:00"))))
        .expectNone("APL-05");
  }

  @Test
  void reportsAnAppealDecidedOnlyAfterTheCheck() {
    given(objected(ESCALATED).appeal("P1", "2026-07-05T10:00", a -> a.objection(ObjectionId.of("O1"))
            .status(AppealStatus.DECIDED).decision(decided("2026-07-20T10:00"))).asOf("2026-07-19T18:00"))
        .expect("APL-05").about("E1").times(1);
  }

  @Test
  void silentOnceTheAppealIsWithdrawn() {
    given(byTheBook(onShortfall(), false).appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.WITHDRAWN)))
        .expectNone("APL-05");
  }

  @Test
  void silentForAnUndisputedResult() {
    given(byTheBook(june(), false)).expectNone("APL-05");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(appealed(byTheBook(june().policy(p -> p.addDisabled("APL-05")), true))).expectNone("APL-05");
  }
}
