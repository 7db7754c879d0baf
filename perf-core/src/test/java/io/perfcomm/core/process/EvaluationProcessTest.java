package io.perfcomm.core.process;

import static io.perfcomm.core.communication.RecordKind.DATA;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The derived facts the evaluation and interview sheets read: cited evidence, windows, held interviews, settled objections, agreed plans. */
class EvaluationProcessTest {

  private static EmployeeProcess process(Scenario scenario) {
    Cycle cycle = scenario.build();
    return EmployeeProcess.of(CycleIndex.of(cycle), cycle.person(PersonId.of("E1")).orElseThrow(),
        cycle.policy().effective(), cycle.asOf().orElseThrow());
  }

  private static Scenario e1() {
    return Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100);
  }

  private static Window window(EmployeeProcess process, Window.Kind kind) {
    return process.facts().stream().filter(Window.class::isInstance).map(Window.class::cast)
        .filter(w -> w.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void aSystemReportAfterThePeriodIsEvidenceOfItUntilTheScoringDay() {
    EmployeeProcess process = process(e1().record("R1", "I1", "2026-06-10").record(DATA, "D1", "I1", "2026-07-01")
        .record(DATA, "D2", "I1", "2026-07-02").record("W9", "I1", "2026-07-01")
        .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1", "D1", "D2", "W9"));
    ScoreEvidence score = process.scoreEvidence().get(0);
    assertEquals(4, score.cited().size());
    assertEquals(List.of(EvidenceId.of("R1"), EvidenceId.of("D1")), score.ofPeriod());
  }

  @Test
  void periodEvidenceHoldsWhatIsCitedFromInsideThePeriodAndItsEarliestDay() {
    EmployeeProcess process = process(e1().record("R0", "I1", "2026-05-31").record("R1", "I1", "2026-06-29")
        .record("R2", "I1", "2026-06-30").scoredAt("2026-07-01T10:00").score("I1", 80, true, "R0", "R2")
        .strength("fast", "R1").weakness("late", "R2"));
    PeriodEvidence evidence = process.periodEvidence().get(0);
    assertEquals(List.of(EvidenceId.of("R2"), EvidenceId.of("R1")), evidence.cited());
    assertEquals(LocalDate.of(2026, 6, 29), evidence.earliest());
  }

  @Test
  void nothingCitedFromThePeriodGivesNoPeriodEvidence() {
    assertTrue(process(e1().record("R0", "I1", "2026-05-31").scoredAt("2026-07-01T10:00").score("I1", 80, true, "R0"))
        .periodEvidence().isEmpty());
  }

  @Test
  void theLastMinuteWindowIsTheLastDDaysAndAbsentForZero() {
    assertEquals(LocalDateTime.of(2026, 6, 28, 0, 0), window(process(e1()), Window.Kind.LAST_MINUTE_EVIDENCE).opensAt());
    assertFalse(process(e1().policy(p -> p.lastMinuteEvidenceDays(0))).facts().stream()
        .anyMatch(f -> f instanceof Window w && w.kind() == Window.Kind.LAST_MINUTE_EVIDENCE));
  }

  @Test
  void theSummaryWindowOpensSevenDaysBeforeThePeriodEndsAndClosesWithTheScoringDeadline() {
    Window summary = window(process(e1()), Window.Kind.SUMMARY);
    assertEquals(LocalDate.of(2026, 6, 24), summary.firstDay());
    // 5 July 2026 is a Sunday: the scoring deadline moves to Monday 6 July.
    assertEquals(LocalDateTime.of(2026, 7, 7, 0, 0), summary.closesAt());
  }

  @Test
  void aSummaryCountsFromTheLastSevenDaysToTheScoringDay() {
    EmployeeProcess process = process(e1().summary("S0", "2026-06-23").summary("S1", "2026-06-24")
        .summary("S2", "2026-07-01").summary("S3", "2026-07-02").scoredAt("2026-07-01T10:00"));
    assertEquals(List.of("S1", "S2"), process.periodSummaries().stream().map(s -> s.summaryRecord().value()).toList());
  }

  @Test
  void scoringOnTimeOpensWithThePeriodsLastWorkingDay() {
    // May 2026 ends on a Sunday: its last working day is Friday 29 May.
    Window scoring = window(process(Scenario.month("2026-05").employee("E1")), Window.Kind.SCORING);
    assertEquals(LocalDateTime.of(2026, 5, 29, 0, 0), scoring.opensAt());
  }

  @Test
  void aHeldInterviewKnowsHowLongItLastedAndWhetherItEndedBeforeItsPlan() {
    EmployeeProcess process = process(e1().scoredAt("2026-07-01T10:00")
        .interview("T1", "2026-07-03T10:00", i -> i.endedAt(LocalDateTime.parse("2026-07-03T10:29")))
        .interview("T2", "2026-07-03T14:00", i -> i.plannedMinutes(Optional.empty()))
        .interview("T3", "2026-07-04T10:00", i -> i.startedAt(Optional.empty()).endedAt(Optional.empty())));
    List<HeldInterview> held = process.heldInterviews();
    assertEquals(2, held.size());
    assertEquals(29, held.get(0).minutes());
    assertTrue(held.get(0).shorterThanPlanned());
    assertTrue(held.get(1).shorterThanPlanned(), "no plan: any length is shorter than planned");
  }

  @Test
  void objectionsAreSettledOnlyWhenEveryOneIsResolvedOrWithdrawn() {
    EmployeeProcess process = process(e1().scoredAt("2026-07-01T10:00")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(
            Scenario.objection("O1", "2026-07-03T10:20", ObjectionStatus.RESOLVED).response(Scenario.response("2026-07-05T09:00")).build(),
            Scenario.objection("O2", "2026-07-03T10:30", ObjectionStatus.WITHDRAWN).build()))
        .interview("T2", "2026-07-04T10:00", i -> i.addObjections(
            Scenario.objection("O3", "2026-07-04T10:20", ObjectionStatus.ESCALATED).build())));
    assertEquals(List.of(new ObjectionsSettled(io.perfcomm.core.interview.InterviewId.of("T1"),
        LocalDateTime.parse("2026-07-05T09:00"))), process.settledObjections());
  }

  @Test
  void aPlanIsAgreedAtAnInterviewThatTookPlaceAndNamesItWithAgreedAt() {
    EmployeeProcess process = process(e1().scoredAt("2026-07-01T10:00")
        .improvementPlan("P1", "2026-07-03T10:40", p -> { })
        .improvementPlan("P2", "2026-07-03T10:40", p -> p.agreedAt(Optional.empty()))
        .interview("T1", "2026-07-03T10:00", i -> i.improvementPlan(PlanId.of("P1")))
        .interview("T2", "2026-07-04T10:00", i -> i.improvementPlan(PlanId.of("P2"))));
    assertEquals(1, process.plansAgreed().size());
    assertEquals(PlanId.of("P1"), process.plansAgreed().get(0).plan());
  }
}
