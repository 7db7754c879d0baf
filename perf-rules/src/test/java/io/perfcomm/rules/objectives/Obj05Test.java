package io.perfcomm.rules.objectives;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OBJ-05: task-level indicators are determined (确定) by the employee's evaluator of record; a leader in
 * charge may approve (审批) them.
 */
class Obj05Test {

  /** June 2026 with CONTROL, an HR partner HR1, another evaluator M2 and a leader in charge L1. */
  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess().hr("HR1").evaluator("M2").leader("L1");
  }

  @Test
  void firesWhenHrApprovedATaskIndicatorNobodyDetermined() {
    given(june().employee("E1").indicator("I1", RESULT, 60)
            .indicator("I2", TASK, 40, i -> i.approvedBy(PersonId.of("HR1"))))
        .expect("OBJ-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-05.approved.message")
        .citing("S-E1", "I2")
        .withArgument("approvedBy", PersonId.of("HR1")).withArgument("evaluator", Optional.of(PersonId.of("M1")))
        .times(1);
  }

  @Test
  void silentWhenTheLeaderInChargeApprovedIt() {
    // Used to give OBJ-05 ERRORs: the leader approves (审批), which is the guide's own split of duties.
    given(june().employee("E1").indicator("I1", TASK, 50, i -> i.approvedBy(PersonId.of("L1")))
            .indicator("I2", TASK, 50, i -> i.determinedBy(PersonId.of("M1")).approvedBy(PersonId.of("L1"))))
        .expectNone("OBJ-05");
  }

  @Test
  void silentWhenTheOwnEvaluatorApprovedIt() {
    given(june().employee("E1").evaluatedBy("M2").indicator("I1", TASK, 100))
        .expectNone("OBJ-05");
  }

  @Test
  void firesWhenAnotherPersonDeterminedItEvenWithTheLeadersApproval() {
    given(june().employee("E1")
            .indicator("I1", TASK, 100, i -> i.determinedBy(PersonId.of("M2")).approvedBy(PersonId.of("L1"))))
        .expect("OBJ-05").about("E1").withMessageKey("OBJ-05.message").citing("S-E1", "I1")
        .withArgument("determinedBy", PersonId.of("M2")).times(1);
  }

  @Test
  void determinedByTheEvaluatorPassesWhoeverApproved() {
    given(june().employee("E1")
            .indicator("I1", TASK, 100, i -> i.determinedBy(PersonId.of("M1")).approvedBy(PersonId.of("HR1"))))
        .expectNone("OBJ-05");
  }

  @Test
  void resultLevelIndicatorsMayBeDeterminedByOthers() {
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
  void aDeterminationByThePreviousEvaluatorBeforeTheChangeOfEvaluatorPasses() {
    // E1 moved to M2 on 10 June; M1 determined and approved the indicators on 30 May.
    given(june().employee("E1").evaluatedBy("M2").evaluatorSince("2026-06-10")
            .indicator("I1", TASK, 100, i -> i.determinedBy(PersonId.of("M1")).approvedBy(PersonId.of("M1"))))
        .expectNone("OBJ-05");
  }

  @Test
  void aDeterminationOnRecordBeforeTheChangeOfEvaluatorButNotYetApprovedPassesAsOfThen() {
    // As of 28 May, before the approval of 30 May: M1 was E1's evaluator, so M1's determination on
    // record then was theirs to make.
    given(june().asOf("2026-05-28T18:00").employee("E1").evaluatedBy("M2").evaluatorSince("2026-06-10")
            .indicator("I1", TASK, 100, i -> i.determinedBy(PersonId.of("M1")).approvedBy(PersonId.of("M1"))))
        .expectNone("OBJ-05");
  }

  @Test
  void aDeterminationOnTheDayTheNewEvaluatorTookOverIsTheirs() {
    given(june().employee("E1").evaluatedBy("M2").evaluatorSince("2026-06-10")
            .indicator("I1", TASK, 100, i -> i.determinedBy(PersonId.of("M1")).approvedBy(PersonId.of("M1"))
                .approvedAt(LocalDateTime.parse("2026-06-10T09:00"))))
        .expect("OBJ-05").about("E1").withArgument("determinedBy", PersonId.of("M1"))
        .withArgument("evaluator", Optional.of(PersonId.of("M2"))).times(1);
  }

  @Test
  void oneFindingPerIndicator() {
    given(june().employee("E1").indicator("I1", TASK, 50, i -> i.approvedBy(PersonId.of("HR1")))
            .indicator("I2", TASK, 50, i -> i.determinedBy(PersonId.of("HR1")).approvedBy(PersonId.of("L1"))))
        .expect("OBJ-05").about("E1").times(2)
        .and().expect("OBJ-05").citing("S-E1", "I1").times(1)
        .and().expect("OBJ-05").citing("S-E1", "I2").times(1);
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
