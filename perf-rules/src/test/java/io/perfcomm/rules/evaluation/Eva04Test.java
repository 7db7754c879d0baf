package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.RatingScale;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import org.junit.jupiter.api.Test;

/** EVA-04: every indicator on the approved sheet is scored, only those, within the rating scale. */
class Eva04Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
        .record("R1", "I1", "2026-06-10").scoredAt("2026-07-01T10:00")
        .strength("keeps the accounts", "R1").weakness("late reports", "R1");
  }

  @Test
  void firesWhenAnIndicatorOnTheSheetIsNotScored() {
    given(e1(june()).score("I1", 80, true, "R1"))
        .expect("EVA-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-04.message")
        .citing("V-E1", "S-E1", "I2").withArgument("indicator", IndicatorId.of("I2")).times(1)
        .and().expectNo("EVA-04").about("CONTROL");
  }

  @Test
  void firesWhenAnIndicatorNotOnTheSheetIsScored() {
    given(june().employee("E2").indicator("I9", RESULT, 100)
            .employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1").score("I9", 50, true, "R1"))
        .expect("EVA-04").about("E1").withMessageKey("EVA-04.unlisted.message").citing("V-E1", "I9")
        .withArgument("indicator", IndicatorId.of("I9")).times(1)
        .and().expect("EVA-04").about("E1").times(1);
  }

  @Test
  void firesWhenAnIndicatorIsScoredTwice() {
    given(e1(june()).score("I1", 80, true, "R1").score("I1", 60, true, "R1").score("I2", 70, true, "R1"))
        .expect("EVA-04").about("E1").withMessageKey("EVA-04.twice.message").citing("V-E1", "I1")
        .withArgument("count", 2).times(1);
  }

  @Test
  void firesWhenAScoreIsAboveTheScale() {
    given(e1(june()).score("I1", 100.5, true, "R1").score("I2", 70, true, "R1"))
        .expect("EVA-04").about("E1").withMessageKey("EVA-04.outOfScale.message").citing("V-E1", "I1")
        .withArgument("score", 100.5).withArgument("min", 0.0).withArgument("max", 100.0).times(1);
  }

  @Test
  void firesWhenAScoreIsBelowTheScale() {
    given(e1(june()).score("I1", -1, false, "R1").score("I2", 70, true, "R1"))
        .expect("EVA-04").about("E1").withMessageKey("EVA-04.outOfScale.message").withArgument("score", -1.0)
        .times(1);
  }

  @Test
  void bothEndsOfTheScaleAreOnIt() {
    given(e1(june()).score("I1", 100, true, "R1").score("I2", 0, false, "R1"))
        .expectNone("EVA-04");
  }

  @Test
  void departmentPolicyCanSetAnotherScale() {
    given(june().policy(p -> p.putDepartments(DepartmentId.of("D2"),
                Policy.builder().ratingScale(RatingScale.of(1, 5)).build()))
            .employee("E1").inDepartment("D2").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
            .record("R1", "I1", "2026-06-10").scoredAt("2026-07-01T10:00")
            .score("I1", 5, true, "R1").score("I2", 6, true, "R1"))
        .expect("EVA-04").about("E1").withMessageKey("EVA-04.outOfScale.message").citing("V-E1", "I2")
        .withArgument("max", 5.0).times(1)
        .and().expectNo("EVA-04").about("CONTROL");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-04"))).score("I1", 180, true, "R1"))
        .expectNone("EVA-04");
  }
}
