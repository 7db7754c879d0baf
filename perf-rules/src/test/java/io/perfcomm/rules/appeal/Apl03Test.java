package io.perfcomm.rules.appeal;

import static io.perfcomm.core.appeal.ApplicationAction.IMPROVEMENT_PLAN;
import static io.perfcomm.core.appeal.ApplicationAction.PAY;
import static io.perfcomm.core.appeal.ApplicationAction.PENALTY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.policy.PayDuringAppeal;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** APL-03: results are not applied (pay, penalties) while an appeal on them is pending. */
class Apl03Test {

  /** E1, scored on 1 July, files an appeal on 5 July. */
  private static Scenario appealing(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1").interview("T1", "2026-07-03T10:00");
  }

  private static Decision decidedAt(String at) {
    return Decision.builder().at(LocalDateTime.parse(at)).outcome(DecisionOutcome.UPHELD).reasons("records support the score")
        .communicatedAt(LocalDateTime.parse(at).plusDays(1)).build();
  }

  @Test
  void firesWhenPayIsAppliedWhileTheAppealIsPending() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00", a -> { }).applied("A1", "2026-07-10T10:00", PAY))
        .expect("APL-03").about("E1").withSeverity(Severity.ERROR).citing("P1", "A1", "V-E1")
        .withArgument("appeal", AppealId.of("P1")).withArgument("actions", List.of(PAY)).times(1)
        .and().expectNo("APL-03").about("CONTROL");
  }

  @Test
  void theMessageListsTheActionsAsTheApplicationsNotAsThePayOrPenalty() {
    // Used to read 却已核算绩效工资或作出处罚（绩效改进计划、绩效工资核算，结果应用 A1）, as if the plan were a penalty.
    Report report = PerfEngine.withDefaults().check(appealing(june()).appeal("P1", "2026-07-05T10:00", a -> { })
        .applied("A1", "2026-07-10T10:00", IMPROVEMENT_PLAN, PAY).build());
    Finding finding = report.findings("APL-03").get(0);
    assertTrue(report.message(finding, Locale.SIMPLIFIED_CHINESE).endsWith("却已核算绩效工资或作出处罚（结果应用 A1：绩效改进计划、绩效工资核算）。"),
        report.message(finding, Locale.SIMPLIFIED_CHINESE));
    assertTrue(report.message(finding, Locale.ENGLISH).contains("(application A1: improvement plan, pay)"),
        report.message(finding, Locale.ENGLISH));
  }

  @Test
  void firesWhenAPenaltyIsAppliedBeforeTheDecision() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(decidedAt("2026-07-12T10:00")))
            .applied("A1", "2026-07-12T09:59", PENALTY))
        .expect("APL-03").about("E1").citing("P1", "A1", "V-E1");
  }

  private static Scenario payAndAdjust() {
    return june().policy(p -> p.payDuringAppeal(PayDuringAppeal.PAY_AND_ADJUST));
  }

  private static Decision amendedAt(String at) {
    return Decision.builder().at(LocalDateTime.parse(at)).outcome(DecisionOutcome.AMENDED).reasons("a target was unfair")
        .communicatedAt(LocalDateTime.parse(at).plusDays(1)).build();
  }

  @Test
  void payOnTheCurrentResultMayGoAheadUnderPayAndAdjust() {
    given(appealing(payAndAdjust()).appeal("P1", "2026-07-05T10:00", a -> { }).applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-03");
  }

  @Test
  void aPenaltyStillWaitsUnderPayAndAdjust() {
    given(appealing(payAndAdjust()).appeal("P1", "2026-07-05T10:00", a -> { }).applied("A1", "2026-07-10T10:00", PENALTY))
        .expect("APL-03").about("E1").withMessageKey("APL-03.message").withArgument("holdPay", false).times(1);
  }

  @Test
  void anAmendedDecisionNeedsPayAdjustedWithinTheApplicationDays() {
    // Decided 12 July; 14 days: 26 July, a Sunday, moves to Monday 27 July. Checked on 30 July.
    given(appealing(payAndAdjust()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(amendedAt("2026-07-12T10:00")))
            .applied("A1", "2026-07-10T10:00", PAY))
        .expect("APL-03").about("E1").withMessageKey("APL-03.adjust.message").citing("P1", "V-E1").times(1);
  }

  @Test
  void anAdjustmentOnTheLastDayPasses() {
    given(appealing(payAndAdjust()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(amendedAt("2026-07-12T10:00")))
            .applied("A1", "2026-07-10T10:00", PAY).applied("A2", "2026-07-27T23:59", PAY))
        .expectNone("APL-03");
  }

  @Test
  void anAdjustmentStillDueIsOnlyInfo() {
    given(appealing(payAndAdjust().asOf("2026-07-20T18:00")).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(amendedAt("2026-07-12T10:00"))))
        .expect("APL-03").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-03.adjust.due.message").times(1);
  }

  @Test
  void anUpheldDecisionNeedsNoAdjustment() {
    given(appealing(payAndAdjust()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(decidedAt("2026-07-12T10:00")))
            .applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-03");
  }

  @Test
  void anAmendedDecisionUnderHoldIsLeftToTheNormalApplication() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(amendedAt("2026-07-12T10:00"))))
        .expectNone("APL-03");
  }

  @Test
  void silentWhenAppliedAtTheMomentOfTheDecision() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00",
            a -> a.status(AppealStatus.DECIDED).decision(decidedAt("2026-07-12T10:00")))
            .applied("A1", "2026-07-12T10:00", PAY))
        .expectNone("APL-03");
  }

  @Test
  void silentWhenAppliedBeforeTheAppealWasFiled() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00", a -> { }).applied("A1", "2026-07-05T10:00", PAY))
        .expectNone("APL-03");
  }

  @Test
  void improvementMeasuresMayGoAheadDuringAnAppeal() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00", a -> { }).applied("A1", "2026-07-10T10:00", IMPROVEMENT_PLAN))
        .expectNone("APL-03");
  }

  @Test
  void aWithdrawnAppealIsNoLongerPending() {
    given(appealing(june()).appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.WITHDRAWN))
            .applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-03");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(appealing(june().policy(p -> p.addDisabled("APL-03"))).appeal("P1", "2026-07-05T10:00", a -> { })
            .applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-03");
  }
}
