package io.perfcomm.rules.objectives;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OBJ-05: task-level indicators are determined (approved) by the employee's own evaluator. */
class Obj05Test {

  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess().hr("HR1").evaluator("M2");
  }

  @Test
  void firesWhenHrApprovedATaskIndicator() {
    given(june().employee("E1").indicator("I1", RESULT, 60)
            .indicator("I2", TASK, 40, i -> i.approvedBy(PersonId.of("HR1"))))
        .expect("OBJ-05").about("E1").withSeverity(Severity.ERROR).citing("S-E1", "I2")
        .withArgument("approvedBy", PersonId.of("HR1")).withArgument("evaluator", Optional.of(PersonId.of("M1")))
        .times(1)
        .and().expectNo("OBJ-05").about("CONTROL");
  }

  @Test
  void silentWhenTheOwnEvaluatorApprovedIt() {
    given(june().employee("E1").evaluatedBy("M2").indicator("I1", TASK, 100))
        .expectNone("OBJ-05");
  }

  @Test
  void resultLevelIndicatorsMayBeApprovedByOthers() {
    given(june().employee("E1").indicator("I1", RESULT, 60, i -> i.approvedBy(PersonId.of("HR1")))
            .indicator("I2", TASK, 40))
        .expectNone("OBJ-05");
  }

  @Test
  void anotherEvaluatorIsNotTheOwnEvaluator() {
    given(june().employee("E1").indicator("I1", TASK, 100, i -> i.approvedBy(PersonId.of("M2"))))
        .expect("OBJ-05").about("E1").withArgument("approvedBy", PersonId.of("M2")).times(1);
  }

  @Test
  void firesWhenApprovedWithoutAnApprover() {
    given(june().employee("E1").indicator("I1", TASK, 100, i -> i.approvedBy(Optional.empty())))
        .expect("OBJ-05").about("E1").withMessageKey("OBJ-05.unrecorded.message").citing("S-E1", "I1").times(1);
  }

  @Test
  void anUnapprovedIndicatorIsLeftToObj01() {
    given(june().employee("E1").indicator("I1", TASK, 100,
            i -> i.approvedBy(Optional.empty()).approvedAt(Optional.empty())))
        .expectNone("OBJ-05")
        .expect("OBJ-01").about("E1");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("OBJ-05")).employee("E1")
            .indicator("I1", TASK, 100, i -> i.approvedBy(PersonId.of("HR1"))))
        .expectNone("OBJ-05");
  }
}
