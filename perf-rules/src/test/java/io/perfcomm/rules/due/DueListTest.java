package io.perfcomm.rules.due;

import static io.perfcomm.core.interview.ObjectionStatus.ESCALATED;
import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.core.scenario.WellRunMonth;
import io.perfcomm.rules.Fixtures;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What is due next (DOMAIN.md §8): the open steps of a cycle at its asOf, who acts, by which day. */
class DueListTest {

  private static DueList due(Scenario scenario) {
    return PerfEngine.withDefaults().due(scenario.build());
  }

  private static List<String> steps(DueList due) {
    return due.steps().stream().map(s -> s.step() + " " + s.about() + " " + s.actor().map(PersonId::value).orElse("-")
        + " " + s.by() + (s.overdue() ? " overdue" : "")).collect(Collectors.toList());
  }

  /** E1, scored on 1 July 2026 (June's period): interview due by 8 July, application by 15 July. */
  private static Scenario scored() {
    return Fixtures.scored(Scenario.month("2026-06"));
  }

  @Test
  void aMonthBeforeScoringTheEvaluatorHasTheScoringAndItsPreparationDue() {
    DueList due = due(Scenario.month("2026-06").asOf("2026-06-03T09:00").employee("E1").indicator("I1", RESULT, 100));
    // Scoring deadline: 30 June + 5 days is Sunday 5 July, moved to Monday 6 July.
    assertEquals(List.of("WEEKLY_RECORD E1 M1 2026-06-07", "TALKS_BEFORE_SCORING E1 M1 2026-07-06",
        "SCORE E1 M1 2026-07-06", "PERIOD_SUMMARY E1 M1 2026-07-06"), steps(due));
  }

  @Test
  void betweenScoringAndInterviewTheInterviewAndTheApplicationAreDue() {
    DueList due = due(scored().asOf("2026-07-02T09:00"));
    assertEquals(List.of("INTERVIEW E1 M1 2026-07-08", "APPLY_RESULT E1 M1 2026-07-15"), steps(due));
    DueStep interview = due.steps().get(0);
    assertEquals("INT-01", interview.checkpoint());
    assertEquals(ActorRole.EVALUATOR, interview.actorRole());
    assertEquals(List.of("V-E1"), List.copyOf(interview.records()));
  }

  @Test
  void anOpenObjectionIsTheEvaluatorsToAnswer() {
    DueList due = due(scored().asOf("2026-07-06T09:00")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", OPEN).build())));
    assertEquals(List.of("ANSWER_OBJECTION E1 M1 2026-07-10", "APPLY_RESULT E1 M1 2026-07-15"), steps(due));
    assertEquals(List.of("O1", "T1"), List.copyOf(due.steps().get(0).records()));
  }

  @Test
  void anEscalatedObjectionIsTheEmployeesToTakeToAnAppeal() {
    DueList due = due(scored().asOf("2026-07-06T09:00")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", ESCALATED).build())));
    DueStep appeal = due.steps().get(0);
    assertEquals(StepKind.FILE_APPEAL, appeal.step());
    assertEquals(ActorRole.EMPLOYEE, appeal.actorRole());
    assertEquals(Optional.of(PersonId.of("E1")), appeal.actor());
  }

  @Test
  void aPendingAppealIsHrsToDecideAndPausesTheApplication() {
    DueList due = due(scored().hr("HR1").asOf("2026-07-10T09:00").interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-06T09:00", a -> { }));
    // Filed on 6 July, 30 days to decide: 5 August. The application waits for the decision.
    assertEquals(List.of("DECIDE_APPEAL E1 HR1 2026-08-05"), steps(due));
    assertEquals(ActorRole.HR, due.steps().get(0).actorRole());
  }

  @Test
  void aDecidedAppealNotYetToldIsHrsToCommunicate() {
    DueList due = due(scored().hr("HR1").asOf("2026-07-20T09:00").interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-06T09:00", a -> a.status(io.perfcomm.core.appeal.AppealStatus.DECIDED)
            .decision(io.perfcomm.core.appeal.Decision.builder().at(java.time.LocalDateTime.parse("2026-07-15T10:00"))
                .outcome(io.perfcomm.core.appeal.DecisionOutcome.UPHELD).reasons("the records support the score").build())));
    assertTrue(steps(due).contains("TELL_DECISION E1 HR1 2026-08-05"), () -> steps(due).toString());
  }

  @Test
  void aLeaverOwesNothingDueAfterTheLastWorkingDay() {
    // E1 left on Friday 19 June: June's scoring (6 July), summary and talks before scoring are not due.
    DueList due = due(Scenario.month("2026-06").asOf("2026-06-24T09:00").employee("E1").leftOn("2026-06-19")
        .indicator("I1", RESULT, 100));
    assertTrue(due.steps().stream().noneMatch(s -> s.by().isAfter(java.time.LocalDate.parse("2026-06-19"))),
        () -> steps(due).toString());
    DueList stayed = due(Scenario.month("2026-06").asOf("2026-06-24T09:00").employee("E1").indicator("I1", RESULT, 100));
    assertTrue(steps(stayed).contains("SCORE E1 M1 2026-07-06"), () -> steps(stayed).toString());
  }

  @Test
  void afterEverythingIsDoneNothingIsDue() {
    Cycle cycle = WellRunMonth.cycle();
    DueList due = PerfEngine.withDefaults().due(cycle);
    assertTrue(due.isEmpty(), () -> steps(due).toString());
  }

  @Test
  void aMissedInterviewIsOverdueUntilItIsHeld() {
    Scenario scenario = scored().asOf("2026-07-10T09:00");
    Report report = PerfEngine.withDefaults().check(scenario.build());
    DueList due = DueList.of(scenario.build(), report);
    assertEquals(List.of("INTERVIEW E1 M1 2026-07-08 overdue", "APPLY_RESULT E1 M1 2026-07-15"), steps(due));
    assertEquals(Severity.ERROR, report.findings("INT-01").get(0).severity());
  }

  @Test
  void anInterviewHeldLateEndsTheStepButNotTheBreach() {
    Scenario scenario = scored().asOf("2026-07-10T09:00").interview("T1", "2026-07-09T10:00");
    Report report = PerfEngine.withDefaults().check(scenario.build());
    assertEquals(Severity.ERROR, report.findings("INT-01").get(0).severity());
    assertFalse(steps(DueList.of(scenario.build(), report)).stream().anyMatch(s -> s.startsWith("INTERVIEW")));
  }

  @Test
  void theLastDayItselfIsNotYetOverdue() {
    assertEquals("INTERVIEW E1 M1 2026-07-08", steps(due(scored().asOf("2026-07-08T23:59"))).get(0));
    assertEquals("INTERVIEW E1 M1 2026-07-08 overdue", steps(due(scored().asOf("2026-07-09T00:00"))).get(0));
  }

  @Test
  void aSwitchedOffCheckpointHasNoSteps() {
    PerfEngine engine = PerfEngine.builder().disable("INT-01").build();
    assertEquals(List.of("APPLY_RESULT E1 M1 2026-07-15"), steps(engine.due(scored().asOf("2026-07-02T09:00").build())));
  }

  @Test
  void forActorKeepsOnlyThatPersonsSteps() {
    Scenario scenario = scored().asOf("2026-07-02T09:00")
        .employee("E2").evaluatedBy("M2").indicator("I2", RESULT, 100).record("R2", "I2", "2026-06-10")
        .scoredAt("2026-07-01T11:00").score("I2", 80, true, "R2").strength("s", "R2").weakness("w", "R2");
    DueList due = due(scenario);
    assertEquals(List.of("INTERVIEW E2 M2 2026-07-08", "APPLY_RESULT E2 M2 2026-07-15"),
        steps(due.forActor(PersonId.of("M2"))));
    assertEquals(List.of(Optional.of(PersonId.of("M1")), Optional.of(PersonId.of("M2"))), due.actors());
  }

  @Test
  void withinKeepsTheDaysAheadAndEveryOverdueStep() {
    DueList due = due(scored().asOf("2026-07-10T09:00"));
    // 10 July + 3 days = 13 July: the application (15 July) is not yet within; the overdue interview is.
    assertEquals(List.of("INTERVIEW E1 M1 2026-07-08 overdue"), steps(due.within(3)));
    assertEquals(2, due.within(5).steps().size());
  }

  @Test
  void aStepKeepsItsUidFromOneWeekToTheNext() {
    String before = due(scored().asOf("2026-07-02T09:00")).steps().get(0).uid();
    String later = due(scored().asOf("2026-07-09T09:00")).steps().get(0).uid();
    assertEquals(before, later);
    assertNotEquals(before, due(scored().asOf("2026-07-02T09:00")).steps().get(1).uid());
  }

  @Test
  void theTextNamesTheEmployeeInBothLanguages() {
    DueList due = due(scored().named("王芳").asOf("2026-07-02T09:00"));
    assertEquals("Result interview with 王芳 (E1)", due.text(due.steps().get(0), Locale.ENGLISH));
    assertEquals("与王芳（E1）进行绩效面谈", due.text(due.steps().get(0), Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void anIndicatorChangeIsDueTheDayBeforeItTakesEffect() {
    DueList due = due(Scenario.month("2026-06").asOf("2026-06-10T09:00").employee("E1").indicator("I1", RESULT, 100)
        .signedAt("2026-05-29T10:00").indicatorChange("C1", "I1", "2026-06-09T10:00", "2026-06-15", c -> { }));
    assertTrue(steps(due).contains("CONFIRM_CHANGE E1 M1 2026-06-14"), () -> steps(due).toString());
  }

  @Test
  void theReportsPeriodMustBeTheCycles() {
    Cycle june = scored().build();
    Report july = PerfEngine.withDefaults().check(Scenario.month("2026-07").employee("E1").build());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DueList.of(june, july));
  }

  @Test
  void anUnansweredObjectionIsOverdueAfterItsLastDay() {
    DueList due = due(scored().asOf("2026-07-13T09:00")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection("O1", "2026-07-03T10:30", OPEN).build())));
    assertTrue(steps(due).contains("ANSWER_OBJECTION E1 M1 2026-07-10 overdue"), () -> steps(due).toString());
  }

  @Test
  void anUndecidedAppealIsOverdueForHr() {
    DueList due = due(scored().hr("HR1").asOf("2026-08-10T09:00").interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-06T09:00", a -> { }));
    assertTrue(steps(due).contains("DECIDE_APPEAL E1 HR1 2026-08-05 overdue"), () -> steps(due).toString());
  }

  @Test
  void anAppealWithNoHrInTheCycleNamesNobodyButKeepsTheRole() {
    DueList due = due(scored().asOf("2026-07-10T09:00").interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-06T09:00", a -> { }));
    DueStep decide = due.steps().get(0);
    assertEquals(StepKind.DECIDE_APPEAL, decide.step());
    assertEquals(Optional.empty(), decide.actor());
    assertEquals(ActorRole.HR, decide.actorRole());
  }

  @Test
  void anUnscoredEmployeeAfterTheScoringDeadlineHasTheScoringOverdue() {
    DueList due = due(Scenario.month("2026-06").asOf("2026-07-08T09:00").employee("E1").indicator("I1", RESULT, 100));
    assertTrue(steps(due).contains("SCORE E1 M1 2026-07-06 overdue"), () -> steps(due).toString());
    assertTrue(steps(due).contains("PERIOD_SUMMARY E1 M1 2026-07-06 overdue"), () -> steps(due).toString());
  }

  @Test
  void aLateApplicationTalkEndsTheStep() {
    Scenario late = scored().asOf("2026-07-20T09:00").interview("T1", "2026-07-03T10:00")
        .applied("A1", "2026-07-06T10:00", io.perfcomm.core.appeal.ApplicationAction.TRAINING_REQUEST);
    assertTrue(steps(due(late)).contains("APPLICATION_TALK E1 M1 2026-07-13 overdue"), () -> steps(due(late)).toString());
    late.communication(io.perfcomm.core.communication.CommunicationType.APPLICATION, "2026-07-15T10:00", "I1");
    assertFalse(steps(due(late)).stream().anyMatch(s -> s.startsWith("APPLICATION_TALK")), () -> steps(due(late)).toString());
  }

  @Test
  void theControlEmployeeWhoFollowedTheProcessHasNothingDue() {
    // On 30 July, the day the action of the control's improvement plan is due: everything else is done.
    DueList due = due(Fixtures.june().asOf("2026-07-30T18:00"));
    assertTrue(due.isEmpty(), () -> steps(due).toString());
  }

  @Test
  void anUnsignedSheetIsTheEmployeesOverdueStepUntilThePeriodEnds() {
    Scenario unsigned = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100).unsigned();
    assertTrue(steps(due(unsigned.asOf("2026-06-10T09:00"))).contains("SIGN_INDICATORS E1 E1 2026-06-01 overdue"),
        () -> steps(due(unsigned)).toString());
    assertFalse(steps(due(unsigned.asOf("2026-07-01T09:00"))).stream().anyMatch(s -> s.startsWith("SIGN_INDICATORS")));
  }
}
