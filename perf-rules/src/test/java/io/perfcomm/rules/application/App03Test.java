package io.perfcomm.rules.application;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** APP-03: an improvement plan from the previous period is followed up in this period's communications. */
class App03Test {

  /** E1 agreed plan PL0 in May. */
  private static Scenario withMayPlan(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).previousImprovementPlan("PL0", "2026-05");
  }

  private static Scenario followUp(Scenario scenario, String at) {
    return scenario.communication(DAILY, at, c -> c.followsUpPlan(PlanId.of("PL0")));
  }

  @Test
  void firesWhenNoCommunicationFollowsUpThePlan() {
    given(withMayPlan(june()).communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("APP-03").about("E1").withSeverity(Severity.ERROR).citing("PL0")
        .withArgument("plan", PlanId.of("PL0")).withArgument("planPeriod", PeriodId.of("2026-05")).times(1)
        .and().expectNo("APP-03").about("CONTROL");
  }

  @Test
  void silentWhenACheckInFollowsUpThePlanOnTheLastDayOfThePeriod() {
    given(followUp(withMayPlan(june()), "2026-06-30T23:59")).expectNone("APP-03");
  }

  @Test
  void aFollowUpAfterThePeriodDoesNotCount() {
    given(followUp(withMayPlan(june()), "2026-07-01T00:00"))
        .expect("APP-03").about("E1").withSeverity(Severity.ERROR).times(1);
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
  void disabledByIdInTheCyclePolicy() {
    given(withMayPlan(june().policy(p -> p.addDisabled("APP-03")))).expectNone("APP-03");
  }
}
