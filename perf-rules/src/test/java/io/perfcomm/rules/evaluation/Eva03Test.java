package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import org.junit.jupiter.api.Test;

/** EVA-03: the evaluation names at least one strength and one weakness, each with evidence. */
class Eva03Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1");
  }

  @Test
  void firesWhenNoWeaknessIsNamed() {
    given(e1(june()).strength("keeps the accounts", "R1"))
        .expect("EVA-03").about("E1").withSeverity(Severity.ERROR).citing("V-E1")
        .withMessageKey("EVA-03.message").withArgument("strengths", 1).withArgument("weaknesses", 0).times(1)
        .and().expectNo("EVA-03").about("CONTROL");
  }

  @Test
  void firesOnceWhenNeitherStrengthNorWeaknessIsNamed() {
    given(e1(june()))
        .expect("EVA-03").about("E1").withArgument("strengths", 0).withArgument("weaknesses", 0).times(1);
  }

  @Test
  void firesForAStrengthWithoutEvidence() {
    given(e1(june()).strength("a good colleague").weakness("late reports", "R1"))
        .expect("EVA-03").about("E1").withMessageKey("EVA-03.unsupportedStrength.message")
        .withArgument("remark", "a good colleague").citing("V-E1").times(1)
        .and().expect("EVA-03").about("E1").times(1);
  }

  @Test
  void firesForEachWeaknessWithoutEvidence() {
    given(e1(june()).strength("keeps the accounts", "R1").weakness("late reports", "R1")
            .weakness("sloppy").weakness("slow"))
        .expect("EVA-03").about("E1").withMessageKey("EVA-03.unsupportedWeakness.message").times(2);
  }

  @Test
  void silentWithExactlyOneStrengthAndOneWeaknessEachWithEvidence() {
    given(e1(june()).strength("keeps the accounts", "R1").weakness("late reports", "R1"))
        .expectNone("EVA-03");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-03"))))
        .expectNone("EVA-03");
  }
}
