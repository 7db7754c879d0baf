package io.perfcomm.rules.communication;

import static io.perfcomm.core.appeal.ApplicationAction.IMPROVEMENT_PLAN;
import static io.perfcomm.core.appeal.ApplicationAction.NO_ACTION;
import static io.perfcomm.core.appeal.ApplicationAction.PAY;
import static io.perfcomm.core.appeal.ApplicationAction.TRAINING_REQUEST;
import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * COM-06: an application communication within {@code applicationTalkWithinDays} after results are applied,
 * for an application with any action but NO_ACTION.
 */
class Com06Test {

  /** E1 scored on Wednesday 1 July and a training request applied on Monday 6 July: the talk is due by 13 July. */
  private static Scenario applied(Scenario scenario) {
    return scored(scenario).applied("A-E1", "2026-07-06T10:00", TRAINING_REQUEST);
  }

  private static Scenario scored(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00");
  }

  /** E1 missed I1, and the improvement plan PL1 was agreed at the result interview on 3 July. */
  private static Scenario planAgreedAtTheInterview(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .improvementPlan("PL1", "2026-07-03T10:40", p -> { })
        .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("PL1")));
  }

  @Test
  void firesWhenResultsAreAppliedWithoutATalk() {
    given(applied(june()))
        .expect("COM-06").about("E1").withSeverity(Severity.ERROR).citing("A-E1", "V-E1").aboutEvaluator("M1")
        .withArgument("deadline", LocalDate.parse("2026-07-13")).times(1);
  }

  @Test
  void silentWhenTheTalkIsOnTheDeadlineDay() {
    given(applied(june()).communication(APPLICATION, "2026-07-13T23:00", "I1"))
        .expectNone("COM-06");
  }

  @Test
  void aTalkTheDayAfterTheDeadlineIsCitedButLate() {
    given(applied(june()).communication(APPLICATION, "2026-07-14T09:00", "I1"))
        .expect("COM-06").about("E1").citing("A-E1", "V-E1", "C-E1-1").times(1);
  }

  @Test
  void aTalkBeforeScoringDoesNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(APPLICATION, "2026-06-30T09:00", "I1")
            .scoredAt("2026-07-01T10:00").applied("A-E1", "2026-07-06T10:00", TRAINING_REQUEST))
        .expect("COM-06").about("E1").times(1);
  }

  @Test
  void aTalkAfterScoringAndBeforeTheApplicationCounts() {
    given(applied(june()).communication(APPLICATION, "2026-07-02T15:00", "I1"))
        .expectNone("COM-06");
  }

  @Test
  void silentWhileNothingIsApplied() {
    given(scored(june()))
        .expectNone("COM-06");
  }

  @Test
  void noActionNeedsNoApplicationTalk() {
    // Used to be an ERROR: 暂无应用事项 leaves nothing to explain.
    given(scored(june()).applied("A-E1", "2026-07-06T10:00", NO_ACTION))
        .expectNone("COM-06");
  }

  @Test
  void noActionBesidePayStillNeedsTheTalk() {
    given(scored(june()).applied("A-E1", "2026-07-06T10:00", NO_ACTION, PAY))
        .expect("COM-06").about("E1").times(1);
  }

  @Test
  void anImprovementPlanAgreedAtTheInterviewWasCommunicatedThere() {
    given(planAgreedAtTheInterview(june()).applied("A-E1", "2026-07-06T10:00", IMPROVEMENT_PLAN))
        .expectNone("COM-06");
  }

  @Test
  void anImprovementPlanWithTrainingStillNeedsTheTalk() {
    given(planAgreedAtTheInterview(june()).applied("A-E1", "2026-07-06T10:00", IMPROVEMENT_PLAN, TRAINING_REQUEST))
        .expect("COM-06").about("E1").withArgument("deadline", LocalDate.parse("2026-07-13")).times(1);
  }

  @Test
  void anImprovementPlanNotAgreedAtTheInterviewNeedsTheTalk() {
    given(scored(june()).score("I1", 60, false).applied("A-E1", "2026-07-06T10:00", IMPROVEMENT_PLAN))
        .expect("COM-06").about("E1").times(1);
  }

  @Test
  void theDaysCountFromTheApplicationNotFromScoring() {
    given(scored(june()).applied("A-E1", "2026-07-20T10:00", TRAINING_REQUEST)
            .communication(APPLICATION, "2026-07-27T15:00", "I1"))
        .expectNone("COM-06");
    given(scored(june()).applied("A-E1", "2026-07-20T10:00", TRAINING_REQUEST))
        .expect("COM-06").about("E1").withArgument("deadline", LocalDate.parse("2026-07-27")).times(1);
  }

  @Test
  void aDeadlineOnASaturdayMovesToMonday() {
    // Applied on Thursday 9 July with two days: Saturday 11 July moves to Monday 13 July.
    given(scored(june().policy(p -> p.applicationTalkWithinDays(2))).applied("A-E1", "2026-07-09T10:00", PAY)
            .communication(APPLICATION, "2026-07-13T10:00", "I1"))
        .expectNone("COM-06");
  }

  @Test
  void onlyInfoWhileTheDeadlineIsAhead() {
    given(applied(june().asOf("2026-07-13T18:00")))
        .expect("COM-06").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-06.due.message")
        .citing("A-E1", "V-E1").times(1);
  }

  @Test
  void policyApplicationTalkDaysShortenTheDeadline() {
    given(applied(june().policy(p -> p.applicationTalkWithinDays(3))).communication(APPLICATION, "2026-07-10T09:00", "I1"))
        .expect("COM-06").about("E1").withArgument("deadline", LocalDate.parse("2026-07-09")).times(1);
  }

  @Test
  void disabledByIdInTheEngine() {
    given(applied(june()))
        .using(PerfEngine.builder().disable("COM-06").build())
        .expectNone("COM-06");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(applied(june().policy(p -> p.addDisabled("COM-06"))))
        .expectNone("COM-06");
  }
}
