package io.perfcomm.rules.appeal;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** APL-05: for a disputed result, which standard-process records exist and which are missing. */
class Apl05Test {

  private static List<String> names(Finding finding, String argument) {
    return ((Collection<?>) finding.arguments().get(argument)).stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void reportsTheRecordsOfAnAppealedResultRunByTheBook() {
    Finding only = given(june().employee("E1").followsStandardProcess().appeal("P1", "2026-07-05T10:00", a -> { }))
        .expectNo("APL-05").about("CONTROL").and()
        .expect("APL-05").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-05.message")
        .citing("S-E1", "C-E1-1", "C-E1-2", "C-E1-3", "C-E1-4", "C-E1-5", "C-E1-6", "R-E1-1", "R-E1-2", "T-E1")
        .times(1).findings().get(0);
    assertEquals(List.of("CONFIRMATION", "COACHING", "SUMMARY", "RESULT_CONFIRMATION"), names(only, "present"));
    assertEquals(List.of("IMPROVEMENT_MEASURES"), names(only, "missing"));
  }

  @Test
  void completeWhenAnImprovementPlanWasAlsoMade() {
    Finding only = given(june().employee("E1").followsStandardProcess().improvementPlan("PL1", "2026-07-03T11:00", p -> { })
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-05").about("E1").withMessageKey("APL-05.complete.message").times(1).findings().get(0);
    assertEquals(List.of(), names(only, "missing"));
    assertEquals(List.of("PL1"), names(only, "measures"));
  }

  @Test
  void namesWhatIsMissingForAnObjectionWithoutTheStandardProcess() {
    Finding only = given(june().employee("E1").indicator("I1", RESULT, 100)
            .scoredAt("2026-07-01T10:00").score("I1", 70, false)
            .interview("T1", "2026-07-03T10:00", i -> i.outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())
                .addObjections(objection("O1", "2026-07-03T10:30", OPEN).build())))
        .expect("APL-05").about("E1").citing("T1").times(1).findings().get(0);
    assertEquals(List.of("RESULT_CONFIRMATION"), names(only, "present"));
    assertEquals(List.of("CONFIRMATION", "COACHING", "SUMMARY", "IMPROVEMENT_MEASURES"), names(only, "missing"));
  }

  @Test
  void evidenceDatedOutsideThePeriodIsNoSummaryButCoachingOnItsLastDayCounts() {
    Finding only = given(june().employee("E1").indicator("I1", RESULT, 100)
            .record("R0", "I1", "2026-05-31").communication(DAILY, "2026-06-30T23:59", "I1")
            .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R0")
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-05").about("E1").citing("C-E1-1").findings().get(0);
    assertEquals(List.of("COACHING"), names(only, "present"));
  }

  @Test
  void oneFindingPerDisputedEvaluationEvenWithObjectionAndAppeal() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00").score("I1", 70, false)
            .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", OPEN).build()))
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-05").about("E1").times(1);
  }

  @Test
  void silentForAnUndisputedResult() {
    given(june().employee("E1").followsStandardProcess()).expectNone("APL-05");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("APL-05")).employee("E1").followsStandardProcess()
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expectNone("APL-05");
  }
}
