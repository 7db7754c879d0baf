package io.perfcomm.core.process;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Id;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.PlanRequirement;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A disputed result: when the dispute is live, and its standard-process records (APL-05's facts). */
class DisputeTest {

  private static EmployeeProcess process(Scenario scenario) {
    Cycle cycle = scenario.build();
    CycleIndex index = CycleIndex.of(cycle);
    return EmployeeProcess.of(index, cycle.person(PersonId.of("E1")).orElseThrow(),
        cycle.policy().effective(), cycle.asOf().orElseThrow());
  }

  /** E1 in June scored on 1 July with I1 missed, an interview T1 on 3 July with an objection O1 of this status. */
  private static Scenario objected(ObjectionStatus status, UnaryOperator<Scenario> more) {
    return more.apply(Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(Scenario.objection("O1", "2026-07-03T10:30", status).build())));
  }

  private static boolean live(Scenario scenario) {
    return process(scenario).disputes().get(0).live();
  }

  private static Decision decision(String at) {
    return Decision.builder().at(LocalDateTime.parse(at)).outcome(DecisionOutcome.UPHELD).reasons("records").build();
  }

  @Test
  void anOpenObjectionIsALiveDispute() {
    assertTrue(live(objected(ObjectionStatus.OPEN, s -> s)));
  }

  @Test
  void aWithdrawnOrResolvedObjectionEndsTheDispute() {
    assertFalse(live(objected(ObjectionStatus.WITHDRAWN, s -> s)));
    assertFalse(live(objected(ObjectionStatus.RESOLVED, s -> s)));
  }

  @Test
  void anEscalatedObjectionIsLiveUntilItsAppealIsDecided() {
    assertTrue(live(objected(ObjectionStatus.ESCALATED, s -> s)));
    UnaryOperator<Scenario> decided = s -> s.appeal("A1", "2026-07-06T09:00", a -> a.objection(ObjectionId.of("O1"))
        .status(AppealStatus.DECIDED).decision(decision("2026-07-20T10:00")));
    assertTrue(live(objected(ObjectionStatus.ESCALATED, decided).asOf("2026-07-20T09:59")));
    assertFalse(live(objected(ObjectionStatus.ESCALATED, decided).asOf("2026-07-20T10:00")));
  }

  @Test
  void aWithdrawnAppealEndsTheDispute() {
    assertFalse(live(objected(ObjectionStatus.ESCALATED, s -> s.appeal("A1", "2026-07-06T09:00",
        a -> a.objection(ObjectionId.of("O1")).status(AppealStatus.WITHDRAWN)))));
  }

  @Test
  void aPendingAppealIsALiveDisputeWhateverTheObjections() {
    assertTrue(live(objected(ObjectionStatus.RESOLVED, s -> s.appeal("A1", "2026-07-06T09:00", a -> { }))));
  }

  @Test
  void recordsAreDerivedOnlyForALiveDispute() {
    assertEquals(1, process(objected(ObjectionStatus.OPEN, s -> s)).standardProcessRecords().size());
    assertEquals(List.of(), process(objected(ObjectionStatus.WITHDRAWN, s -> s)).standardProcessRecords());
  }

  @Test
  void recordsNameEachStepInProcessOrder() {
    StandardProcessRecords records = process(objected(ObjectionStatus.OPEN, s -> s
        .communication(CommunicationType.DAILY, "2026-06-10T10:00", "I1").summary("SUM1", "2026-06-30")
        .policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL))))
        .standardProcessRecords().get(0);
    assertEquals(List.of(StandardProcessStep.CONFIRMATION, StandardProcessStep.COACHING, StandardProcessStep.SUMMARY,
        StandardProcessStep.RESULT_CONFIRMATION), records.present());
    assertEquals(List.of(StandardProcessStep.IMPROVEMENT_MEASURES), records.missing());
    assertEquals(List.of("SUM1"), records.records(StandardProcessStep.SUMMARY).stream().map(Id::value).toList());
    assertTrue(records.measuresExpected());
    assertFalse(records.complete());
  }

  @Test
  void improvementMeasuresAreNotJudgedWhenNoPlanIsDueAndNoneExists() {
    StandardProcessRecords records = process(Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL))
        .scoredAt("2026-07-01T10:00").score("I1", 90, true).appeal("A1", "2026-07-06T09:00", a -> { }))
        .standardProcessRecords().get(0);
    assertFalse(records.steps().containsKey(StandardProcessStep.IMPROVEMENT_MEASURES));
    assertEquals(java.util.Optional.empty(), records.named(StandardProcessStep.IMPROVEMENT_MEASURES));
  }
}
