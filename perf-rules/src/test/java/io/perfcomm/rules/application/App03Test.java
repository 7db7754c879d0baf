package io.perfcomm.rules.application;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * APP-03: an improvement plan made for an earlier period and still open at this period's start is
 * followed up in this period's communications; an action past its due day and not done is a warning.
 */
class App03Test {

  /** E1 agreed plan PL0 for May's result on 22 May. */
  private static Scenario withMayPlan(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).previousImprovementPlan("PL0", "2026-05");
  }

  private static Scenario followUp(Scenario scenario, String plan, String at) {
    return scenario.communication(DAILY, at, c -> c.followsUpPlan(PlanId.of(plan)));
  }

  @Test
  void firesWhenNoCommunicationFollowsUpThePlan() {
    given(withMayPlan(june()).communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("APP-03").about("E1").withSeverity(Severity.ERROR).citing("PL0")
        .withArgument("plan", PlanId.of("PL0")).withArgument("planPeriod", PeriodId.of("2026-05")).times(1);
  }

  @Test
  void silentWhenACheckInFollowsUpThePlanOnTheLastDayOfThePeriod() {
    given(followUp(withMayPlan(june()), "PL0", "2026-06-30T23:59")).expectNone("APP-03");
  }

  @Test
  void aFollowUpAfterThePeriodDoesNotCount() {
    given(followUp(withMayPlan(june()), "PL0", "2026-07-01T00:00"))
        .expect("APP-03").about("E1").withSeverity(Severity.ERROR).times(1);
  }

  @Test
  void aPlanAgreedEarlyInThisPeriodForLastPeriodsResultIsFollowedUpInIt() {
    // Used to be silent: May's interview on 3 June agreed the plan, so June must follow it up.
    Scenario mayResult = june().employee("E1").indicator("I1", RESULT, 100)
        .improvementPlan("PL-MAY", "2026-06-03T11:00", p -> p.period(PeriodId.of("2026-05")));
    given(mayResult).expect("APP-03").about("E1").withSeverity(Severity.ERROR).citing("PL-MAY").times(1);
    given(followUp(mayResult, "PL-MAY", "2026-06-17T10:00")).expectNone("APP-03");
  }

  @Test
  void aPlanClosedBeforeThePeriodIsNeverAskedFor() {
    // Used to fire every month: March's plan, closed in April, is done with.
    given(june().employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL-MAR", "2026-04-02T10:00",
            p -> p.period(PeriodId.of("2026-03")).closedAt(LocalDateTime.parse("2026-05-31T23:59"))))
        .expectNone("APP-03");
  }

  @Test
  void aPlanClosedAtTheStartOfThePeriodWasStillOpen() {
    given(june().employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL0", "2026-05-22T10:00",
            p -> p.period(PeriodId.of("2026-05")).closedAt(LocalDateTime.parse("2026-06-01T00:00"))))
        .expect("APP-03").about("E1").citing("PL0").times(1);
  }

  @Test
  void aPlanOfThisPeriodNeedsNoFollowUpYet() {
    given(june().employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL1", "2026-07-03T11:00", p -> { }))
        .expectNone("APP-03");
  }

  @Test
  void onlyInfoWhileThePeriodIsStillRunning() {
    given(withMayPlan(june().asOf("2026-06-20T18:00")))
        .expect("APP-03").about("E1").withSeverity(Severity.INFO).withMessageKey("APP-03.due.message")
        .withArgument("deadline", LocalDate.parse("2026-06-30")).times(1)
        .and().expectNo("APP-03").withSeverity(Severity.ERROR);
  }

  @Test
  void warnsOncePerPlanAboutActionsPastDueAndNotDone() {
    given(june().employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL1", "2026-06-05T11:00", p -> p.actions(List.of(
            PlanAction.builder().text("shadow a senior").due(LocalDate.parse("2026-06-20")).build(),
            PlanAction.builder().text("weekly review").due(LocalDate.parse("2026-06-12")).build(),
            PlanAction.builder().text("course").due(LocalDate.parse("2026-06-15")).doneAt(LocalDate.parse("2026-06-15")).build()))))
        .expect("APP-03").about("E1").withSeverity(Severity.WARNING).withMessageKey("APP-03.overdue.message").citing("PL1")
        .withArgument("count", 2).withArgument("due", List.of(LocalDate.parse("2026-06-12"), LocalDate.parse("2026-06-20")))
        .times(1);
  }

  @Test
  void anActionDueOnTheDayOfTheCheckIsNotOverdueYet() {
    given(june().asOf("2026-06-20T18:00").employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL1", "2026-06-05T11:00",
            p -> p.actions(List.of(PlanAction.builder().text("shadow a senior").due(LocalDate.parse("2026-06-20")).build()))))
        .expectNone("APP-03");
  }

  @Test
  void aClosedPlansActionsAreNeverOverdue() {
    given(june().employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL1", "2026-06-05T11:00",
            p -> p.closedAt(LocalDateTime.parse("2026-06-25T10:00"))
                .actions(List.of(PlanAction.builder().text("shadow a senior").due(LocalDate.parse("2026-06-20")).build()))))
        .expectNone("APP-03");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(withMayPlan(june().policy(p -> p.addDisabled("APP-03")))).expectNone("APP-03");
  }
}
