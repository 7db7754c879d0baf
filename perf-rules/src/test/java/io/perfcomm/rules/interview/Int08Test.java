package io.perfcomm.rules.interview;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.PlanRequirement;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * INT-08: the result interview ends with an improvement plan agreed with the employee: after every
 * interview by default (ALWAYS), or when a target was missed (ON_SHORTFALL). What the plan holds is APP-02's.
 */
class Int08Test {

  /** E1 missed the target of I2. */
  private static Scenario shortfall(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
        .record("R1", "I1", "2026-06-10").scoredAt("2026-07-01T10:00")
        .score("I1", 90, true, "R1").score("I2", 50, false, "R1")
        .strength("keeps the accounts", "R1").weakness("misses the task target", "R1");
  }

  @Test
  void firesWhenATargetWasMissedAndNoPlanWasMade() {
    given(shortfall(june()).interview("T1", "2026-07-03T10:00"))
        .expect("INT-08").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-08.message")
        .citing("T1", "V-E1", "I2").withArgument("shortfalls", List.of(IndicatorId.of("I2"))).times(1)
        .and().expectNo("INT-08").about("CONTROL");
  }

  @Test
  void silentForADismissalInterview() {
    given(shortfall(june()).hr("HR1").interview("T1", "2026-07-03T10:00", i -> i
            .purpose(io.perfcomm.core.interview.Purpose.builder()
                .kind(io.perfcomm.core.interview.PurposeKind.DISMISSAL).statement("End of employment").build())
            .preparation("Legal review done").addSupport(io.perfcomm.core.organisation.PersonId.of("HR1"))))
        .expectNone("INT-08");
  }

  @Test
  void silentWithACompletePlanAgreedAtTheEnd() {
    given(shortfall(june()).improvementPlan("P1", "2026-07-03T10:45", p -> { })
            .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("P1"))))
        .expectNone("INT-08");
  }

  @Test
  void firesWhenThePlanWasNotAgreedWithTheEmployee() {
    given(shortfall(june()).improvementPlan("P1", "2026-07-03T10:45", p -> p.agreedAt(Optional.empty()))
            .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("P1"))))
        .expect("INT-08").about("E1").withMessageKey("INT-08.unagreed.message").citing("T1", "V-E1", "P1", "I2")
        .times(1);
  }

  @Test
  void aPlanWithoutResourceSupportIsApp02sNotInt08s() {
    given(shortfall(june()).improvementPlan("P1", "2026-07-03T10:45", p -> p.resources(List.of()))
            .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("P1"))))
        .expectNone("INT-08");
  }

  @Test
  void aPlanWithoutCausesIsApp02sNotInt08s() {
    given(shortfall(june()).improvementPlan("P1", "2026-07-03T10:45", p -> p.causes(List.of()).actions(List.of()))
            .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("P1"))))
        .expectNone("INT-08");
  }

  @Test
  void aCompletePlanAtALaterInterviewAnswersTheEvaluation() {
    given(shortfall(june()).improvementPlan("P1", "2026-07-06T10:45", p -> { })
            .interview("T1", "2026-07-03T10:00")
            .interview("T2", "2026-07-06T10:00", i -> i.improvementPlan(PlanId.of("P1"))))
        .expectNone("INT-08");
  }

  @Test
  void byDefaultEveryResultInterviewEndsWithAPlanEvenWhenEveryTargetWasMet() {
    given(june().employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").interview("T1", "2026-07-03T10:00"))
        .expect("INT-08").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-08.always.message")
        .citing("T1", "V-E1").withArgument("shortfalls", List.of()).times(1)
        .and().expectNo("INT-08").about("CONTROL");
  }

  @Test
  void onShortfallAsksNoPlanWhenEveryTargetWasMet() {
    given(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL))
            .employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").interview("T1", "2026-07-03T10:00"))
        .expectNone("INT-08");
  }

  @Test
  void onShortfallStillAsksAPlanForAMissedTarget() {
    given(shortfall(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL)))
            .interview("T1", "2026-07-03T10:00"))
        .expect("INT-08").about("E1").withMessageKey("INT-08.message").times(1);
  }

  @Test
  void anInterviewNotHeldIsNotJudged() {
    given(shortfall(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        .expectNone("INT-08");
  }

  @Test
  void departmentPolicyCanAskAPlanOnlyOnShortfall() {
    given(june().policy(p -> p.putDepartments(DepartmentId.of("D2"),
                Policy.builder().improvementPlanRequired(PlanRequirement.ON_SHORTFALL).build()))
            .employee("E1").inDepartment("D2").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").interview("T1", "2026-07-03T10:00")
            .employee("E2").indicator("I2", RESULT, 100).record("R2", "I2", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I2", 90, true, "R2").interview("T2", "2026-07-03T10:00"))
        // E2, in the company's default department, still needs a plan (ALWAYS); E1's department only on shortfall.
        .expect("INT-08").about("E2").withMessageKey("INT-08.always.message").times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(shortfall(june().policy(p -> p.addDisabled("INT-08"))).interview("T1", "2026-07-03T10:00"))
        .expectNone("INT-08");
  }
}
