package io.perfcomm.rules.objectives;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** OBJ-04: the indicator weights on a sheet sum to 100% within the tolerance. */
class Obj04Test {

  @Test
  void firesWhenWeightsSumToNinety() {
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 30))
        .expect("OBJ-04").about("E1").withSeverity(Severity.ERROR).citing("S-E1")
        .withArgument("total", 90.0).withArgument("tolerance", 0.01).aboutEvaluator("M1").times(1)
        .and().expectNo("OBJ-04").about("CONTROL");
  }

  @Test
  void firesWhenWeightsSumAboveHundred() {
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40.02))
        .expect("OBJ-04").about("E1").withArgument("total", 100.02).times(1);
  }

  @Test
  void silentWhenOffByExactlyTheTolerance() {
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 39.99))
        .expectNone("OBJ-04");
  }

  @Test
  void silentWhenThirdsAddUpWithinTheTolerance() {
    given(june().employee("E1").indicator("I1", RESULT, 33.33).indicator("I2", TASK, 33.33)
            .indicator("I3", TASK, 33.34))
        .expectNone("OBJ-04");
  }

  @Test
  void silentWhenAboveByExactlyTheTolerance() {
    // Binary doubles would make 60 + 40.01 off by 0.0100000000000051.
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40.01))
        .expectNone("OBJ-04");
  }

  @Test
  void judgesTheWeightsInEffectFromTheDayAChangeTakesEffect() {
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
            .indicatorChange("CH1", "I1", "2026-06-05T10:00", "2026-06-15", c -> c.newWeight(70.0)))
        .expect("OBJ-04").about("E1").citing("S-E1").withArgument("from", LocalDate.parse("2026-06-15"))
        .withArgument("total", 110.0).times(1);
  }

  @Test
  void silentWhenAChangeMovesWeightBetweenIndicators() {
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
            .indicatorChange("CH1", "I1", "2026-06-05T10:00", "2026-06-15", c -> c.newWeight(70.0))
            .indicatorChange("CH2", "I2", "2026-06-05T10:00", "2026-06-15", c -> c.newWeight(30.0)))
        .expectNone("OBJ-04");
  }

  @Test
  void oneFindingPerStretchThatIsOff() {
    // 90 from the start; 100 from 10 June; 95 from 20 June.
    given(june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 30)
            .indicatorChange("CH1", "I2", "2026-06-05T10:00", "2026-06-10", c -> c.newWeight(40.0))
            .indicatorChange("CH2", "I1", "2026-06-15T10:00", "2026-06-20", c -> c.newWeight(55.0)))
        .expect("OBJ-04").about("E1").times(2)
        .and().expect("OBJ-04").withArgument("from", LocalDate.parse("2026-06-01")).withArgument("total", 90.0).times(1)
        .and().expect("OBJ-04").withArgument("from", LocalDate.parse("2026-06-20")).withArgument("total", 95.0).times(1);
  }

  @Test
  void aSheetOfZeroWeightsFails() {
    given(june().employee("E1").indicator("I1", RESULT, 0))
        .expect("OBJ-04").about("E1").withArgument("total", 0.0).times(1);
  }

  @Test
  void policyCanWidenTheTolerance() {
    given(june().policy(p -> p.weightTolerance(1.0)).employee("E1").indicator("I1", RESULT, 60)
            .indicator("I2", TASK, 39))
        .expectNone("OBJ-04");
    given(june().policy(p -> p.weightTolerance(1.0)).employee("E1").indicator("I1", RESULT, 60)
            .indicator("I2", TASK, 38.9))
        .expect("OBJ-04").about("E1").withArgument("tolerance", 1.0);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("OBJ-04")).employee("E1").indicator("I1", RESULT, 50))
        .expectNone("OBJ-04");
  }
}
