package io.perfcomm.core.process;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The derived facts of one employee, each from the cycle, the calendar, the policy and asOf. */
class EmployeeProcessTest {

  private static EmployeeProcess process(Scenario scenario, String employee) {
    Cycle cycle = scenario.build();
    return EmployeeProcess.of(CycleIndex.of(cycle), cycle.person(PersonId.of(employee)).orElseThrow(),
        cycle.policy().effective(), cycle.asOf().orElseThrow());
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void everyWeekOfThePeriodStandsOnItsOwn() {
    // June 2026 ends on a Tuesday: 29–30 June is a week of its own, not joined to 22–28.
    List<Week> june = process(Scenario.month("2026-06").employee("E1"), "E1").weeks();
    assertEquals(List.of(day("2026-06-01"), day("2026-06-08"), day("2026-06-15"), day("2026-06-22"), day("2026-06-29")),
        june.stream().map(Week::firstDay).collect(Collectors.toList()));
    assertEquals(day("2026-06-28"), june.get(3).lastDay());
  }

  @Test
  void weekWithOnlyTwoWorkingDaysIsNotJudged() {
    List<Week> june = process(Scenario.month("2026-06").employee("E1").keyPosition(), "E1").weeks();
    Week tail = june.get(4);
    assertEquals(2, tail.workingDays());
    assertFalse(tail.judged());
    assertFalse(tail.keyPositionJudged());
    assertTrue(june.get(3).judged());
  }

  @Test
  void weekWithThreeWorkingDaysIsJudgedAndThePolicyCanAskForMore() {
    // April 2026 starts on a Wednesday: 1–5 April holds three working days.
    Scenario april = Scenario.month("2026-04").employee("E1");
    assertTrue(process(april, "E1").weeks().get(0).judged());
    assertFalse(process(april.policy(p -> p.minWorkingDaysPerWeek(4)), "E1").weeks().get(0).judged());
  }

  @Test
  void weekOfAnnualLeaveHasNoWorkingDayForTheEmployee() {
    EmployeeProcess process = process(Scenario.month("2026-06").employee("E1").keyPosition()
        .onLeave("2026-06-08", "2026-06-14", AbsenceKind.ANNUAL), "E1");
    Week second = process.weeks().get(1);
    assertEquals(0, second.workingDays());
    assertFalse(second.judged());
    assertFalse(second.keyPositionJudged());
    assertTrue(process.weeks().get(0).judged());
  }

  @Test
  void weekOfHolidaysCountsTheMakeUpSaturday() {
    EmployeeProcess process = process(Scenario.month("2026-10")
        .policy(p -> p.calendar(CalendarPolicy.builder().addHolidays(day("2026-10-01"), day("2026-10-02"),
            day("2026-10-05"), day("2026-10-06"), day("2026-10-07")).addWorkdays(day("2026-10-10")).build()))
        .employee("E1"), "E1");
    // 1–4 Oct is all holiday or weekend; 5–11 has 8, 9 and the make-up Saturday the 10th.
    assertFalse(process.weeks().get(0).judged());
    assertEquals(3, process.weeks().get(1).workingDays());
    assertTrue(process.weeks().get(1).judged());
  }

  @Test
  void keyPositionWeeksCountFromTheDayThePositionWasTaken() {
    EmployeeProcess process = process(Scenario.month("2026-06").employee("E1").keyPosition()
        .positionSince("2026-06-10"), "E1");
    assertFalse(process.weeks().get(0).keyPositionJudged());
    assertEquals(LocalDateTime.parse("2026-06-10T00:00"), process.weeks().get(1).keyPositionFrom());
    assertTrue(process.weeks().get(1).keyPositionJudged());
  }

  @Test
  void keyPositionTakenOnThursdayLeavesTooFewDaysToJudgeThatWeek() {
    EmployeeProcess process = process(Scenario.month("2026-06").employee("E1").keyPosition()
        .positionSince("2026-06-11"), "E1");
    assertFalse(process.weeks().get(1).keyPositionJudged());
    assertTrue(process.weeks().get(1).judged());
  }

  @Test
  void spanOfSomeoneThereAllMonthIsThePeriod() {
    Span span = process(Scenario.month("2026-04").employee("E1").hiredOn("2020-03-01"), "E1").span();
    assertEquals(day("2026-04-01"), span.first());
    assertEquals(day("2026-04-30"), span.last());
    assertFalse(span.joined());
    assertFalse(span.leaves());
  }

  @Test
  void newHireIsJudgedFromTheFirstDay() {
    // Hired Wednesday 15 April 2026: the confirmation deadline is that day (+ 0), the talk window ends with it.
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").hiredOn("2026-04-15"), "E1");
    assertEquals(day("2026-04-15"), process.span().first());
    assertEquals(day("2026-04-15"), process.deadline(DeadlineKind.CONFIRMATION).day());
    assertEquals(LocalDateTime.parse("2026-04-16T00:00"), process.window(Window.Kind.INDICATOR_TALK).closesAt());
    assertEquals(List.of(3, 4, 5), process.weeks().stream().map(Week::index).collect(Collectors.toList()));
    assertEquals(day("2026-04-15"), process.weeks().get(0).firstDay());
    assertTrue(process.weeks().get(0).judged());
  }

  @Test
  void newHireStartingOnASaturdayConfirmsByTheNextWorkingDay() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").hiredOn("2026-04-18")
        .policy(p -> p.confirmationDeadlineDays(1)), "E1");
    assertEquals(day("2026-04-20"), process.deadline(DeadlineKind.CONFIRMATION).day());
  }

  @Test
  void newHireOnThursdayHasNoJudgedFirstWeek() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").hiredOn("2026-04-16"), "E1");
    assertEquals(2, process.weeks().get(0).workingDays());
    assertFalse(process.weeks().get(0).judged());
  }

  @Test
  void leaverOwesNothingDueAfterTheLastWorkingDay() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").leftOn("2026-04-22")
        .indicator("I1", RESULT, 100).scoredAt("2026-04-22T15:00").score("I1", 90, true), "E1");
    assertTrue(process.span().leaves());
    assertTrue(process.deadlines().stream().noneMatch(d -> d.kind() == DeadlineKind.SCORING));
    assertEquals(Optional.empty(), process.deadline(DeadlineKind.INTERVIEW, EvaluationId.of("V-E1")));
    assertEquals(Optional.empty(), process.deadline(DeadlineKind.APPLICATION, EvaluationId.of("V-E1")));
    assertEquals(day("2026-04-01"), process.deadline(DeadlineKind.CONFIRMATION).day());
  }

  @Test
  void leaverWeeksAndScoringWindowEndWithTheLastWorkingDay() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").leftOn("2026-04-22"), "E1");
    Week last = process.weeks().get(process.weeks().size() - 1);
    assertEquals(4, last.index());
    assertEquals(day("2026-04-22"), last.lastDay());
    assertTrue(last.judged());
    assertEquals(day("2026-04-22"), process.window(Window.Kind.SCORING).firstDay());
    assertEquals(day("2026-04-16"), process.window(Window.Kind.SUMMARY).firstDay());
  }

  @Test
  void evidenceBeforeTheFirstDayIsNotOfTheSpan() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").hiredOn("2026-04-15")
        .indicator("I1", RESULT, 100).record("R1", "I1", "2026-04-10").record("R2", "I1", "2026-04-20")
        .scoredAt("2026-05-01T10:00").score("I1", 90, true, "R1", "R2"), "E1");
    assertEquals(List.of(io.perfcomm.core.evaluation.EvidenceId.of("R2")), process.scoreEvidence().get(0).ofPeriod());
  }

  @Test
  void personWhoLeftBeforeThePeriodOwesNothing() {
    EmployeeProcess process = process(Scenario.month("2026-04").employee("E1").leftOn("2026-03-20"), "E1");
    assertTrue(process.span().isEmpty());
    assertTrue(process.deadlines().isEmpty());
    assertTrue(process.weeks().isEmpty());
  }

  @Test
  void scoringDeadlineOnASundayMovesToMonday() {
    // May 2026 ends on Sunday the 31st; + 5 days is Friday 5 June, a working day.
    Deadline may = process(Scenario.month("2026-05").employee("E1"), "E1").deadline(DeadlineKind.SCORING);
    assertEquals(day("2026-06-05"), may.day());
    // April 2026 ends on Thursday the 30th; + 5 days is Tuesday 5 May… with 劳动节 1–5 May it is Wednesday the 6th.
    Deadline april = process(Scenario.month("2026-04").policy(p -> p.calendar(CalendarPolicy.builder()
        .addHolidays(day("2026-05-01"), day("2026-05-04"), day("2026-05-05")).build())).employee("E1"), "E1")
        .deadline(DeadlineKind.SCORING);
    assertEquals(day("2026-05-06"), april.day());
  }

  @Test
  void scoringWindowOpensOnTheLastWorkingDayOfTheMonth() {
    Window window = process(Scenario.month("2026-05").employee("E1"), "E1").window(Window.Kind.SCORING);
    assertEquals(LocalDateTime.parse("2026-05-29T00:00"), window.opensAt());
  }

  @Test
  void deadlineHasPassedOnlyOnceItsWholeDayIsOver() {
    Scenario scenario = Scenario.month("2026-05").employee("E1");
    assertFalse(process(scenario.asOf("2026-06-05T23:59"), "E1").deadline(DeadlineKind.SCORING).passed());
    assertTrue(process(scenario.asOf("2026-06-06T00:00"), "E1").deadline(DeadlineKind.SCORING).passed());
  }

  @Test
  void workingDayCountMovesTheInterviewDeadline() {
    Scenario scenario = Scenario.month("2026-05").policy(p -> p.dayCount(io.perfcomm.core.policy.DayCount.WORKING))
        .employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-06-01T10:00").score("I1", 90, true);
    Deadline interview = process(scenario, "E1").deadline(DeadlineKind.INTERVIEW, EvaluationId.of("V-E1")).orElseThrow();
    assertEquals(day("2026-06-10"), interview.day());
  }

  @Test
  void changeSetsTheTargetAndWeightInEffect() {
    Scenario scenario = Scenario.month("2026-06").employee("E1")
        .indicator("I1", RESULT, 60, i -> i.target("20 accounts")).indicator("I2", RESULT, 40)
        .indicatorChange("X1", "I1", "2026-06-05T10:00", "2026-06-08", c -> c.newTarget("25 accounts").newWeight(70.0))
        .indicatorChange("X2", "I2", "2026-06-05T10:00", "2026-06-08", c -> c.newWeight(30.0));
    EmployeeProcess process = process(scenario, "E1");
    IndicatorInEffect first = process.indicators().get(0);
    assertEquals("25 accounts", first.target());
    assertEquals(70.0, first.weight());
    assertEquals(List.of(100.0, 100.0), process.sheetWeights().stream().map(SheetWeights::total).collect(Collectors.toList()));
  }

  @Test
  void weightChangeOfOneIndicatorAloneLeavesTheSheetOff() {
    Scenario scenario = Scenario.month("2026-06").employee("E1")
        .indicator("I1", RESULT, 60).indicator("I2", RESULT, 40)
        .indicatorChange("X1", "I1", "2026-06-05T10:00", "2026-06-15", c -> c.newWeight(70.0));
    List<SheetWeights> weights = process(scenario, "E1").sheetWeights();
    assertEquals(0.0, weights.get(0).offBy());
    assertEquals(day("2026-06-15"), weights.get(1).from());
    assertEquals(10.0, weights.get(1).offBy(), 1e-9);
  }

  @Test
  void missedTargetIsAShortfall() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 60).indicator("I2", RESULT, 40)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false).score("I2", 90, true);
    assertEquals(List.of(new Shortfall(EvaluationId.of("V-E1"), IndicatorId.of("I1"))), process(scenario, "E1").shortfalls());
  }

  @Test
  void newEvaluatorInThePeriodIsANewRelationship() {
    assertEquals(Optional.of(new NewRelationship(PersonId.of("E1"), day("2026-06-15"), true)),
        process(Scenario.month("2026-06").employee("E1").evaluatorSince("2026-06-15"), "E1").newRelationship());
    assertEquals(Optional.empty(),
        process(Scenario.month("2026-06").employee("E1").evaluatorSince("2026-05-31"), "E1").newRelationship());
  }

  @Test
  void objectionMakesTheResultDisputed() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(
            Scenario.objection("O1", "2026-07-03T10:30", ObjectionStatus.ESCALATED).build()))
        .appeal("A1", "2026-07-06T09:00", a -> { });
    DisputedResult dispute = process(scenario.asOf("2026-07-10T18:00"), "E1").disputes().get(0);
    assertEquals(new DisputedResult(EvaluationId.of("V-E1"), 1, 1, true, true), dispute);
  }

  @Test
  void pendingAppealKeepsTheApplicationDeadlineFromPassing() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .appeal("A1", "2026-07-02T09:00", a -> { });
    Deadline application = process(scenario.asOf("2026-08-20T18:00"), "E1")
        .deadline(DeadlineKind.APPLICATION, EvaluationId.of("V-E1")).orElseThrow();
    assertFalse(application.passed());
  }

  @Test
  void decidedAppealPausesTheApplicationDeadlineForItsWholeDays() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .appeal("A1", "2026-07-02T09:00", a -> a.status(AppealStatus.DECIDED).decision(Decision.builder()
            .at(LocalDateTime.parse("2026-07-12T09:00")).outcome(DecisionOutcome.REJECTED).build()));
    // 1 July + 10 days paused + 14 = 25 July, a Saturday: Monday the 27th.
    assertEquals(day("2026-07-27"), process(scenario, "E1")
        .deadline(DeadlineKind.APPLICATION, EvaluationId.of("V-E1")).orElseThrow().day());
  }

  /** E1 scored on 1 July: fourteen days on, Wednesday 15 July is the last day to apply the result. */
  private static Scenario scoredOnFirstJuly() {
    return Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false);
  }

  private static Decision decidedOn(String at) {
    return Decision.builder().at(LocalDateTime.parse(at)).outcome(DecisionOutcome.REJECTED).build();
  }

  private static Deadline application(Scenario scenario) {
    return process(scenario, "E1").deadline(DeadlineKind.APPLICATION, EvaluationId.of("V-E1")).orElseThrow();
  }

  @Test
  void anAppealFiledOnTheLastDayStillPausesTheApplicationDeadline() {
    Scenario scenario = scoredOnFirstJuly().appeal("A1", "2026-07-15T17:00",
        a -> a.status(AppealStatus.DECIDED).decision(decidedOn("2026-07-25T09:00")));
    // Ten days paused: 1 July + 10 + 14 = 25 July, a Saturday: Monday the 27th.
    assertEquals(day("2026-07-27"), application(scenario).day());
  }

  @Test
  void anAppealFiledAfterTheLastDayDoesNotMoveTheApplicationDeadline() {
    // The result was already late on 16 July: the appeal of the 16th cannot give those days back.
    Scenario scenario = scoredOnFirstJuly().appeal("A1", "2026-07-16T09:00",
        a -> a.status(AppealStatus.DECIDED).decision(decidedOn("2026-07-26T09:00")));
    assertEquals(day("2026-07-15"), application(scenario).day());
  }

  @Test
  void anAppealPendingSinceAfterTheLastDayLeavesTheApplicationDeadlinePassed() {
    Deadline deadline = application(scoredOnFirstJuly().asOf("2026-07-20T09:00").appeal("A1", "2026-07-16T09:00", a -> { }));
    assertEquals(day("2026-07-15"), deadline.day());
    assertTrue(deadline.passed());
    Deadline held = application(scoredOnFirstJuly().asOf("2026-07-20T09:00").appeal("A1", "2026-07-15T09:00", a -> { }));
    assertFalse(held.passed(), "an appeal pending since the last day holds the clock");
  }

  @Test
  void daysTwoAppealsWerePendingTogetherArePausedOnce() {
    Scenario scenario = scoredOnFirstJuly()
        .appeal("A1", "2026-07-02T09:00", a -> a.status(AppealStatus.DECIDED).decision(decidedOn("2026-07-12T09:00")))
        .appeal("A2", "2026-07-05T09:00", a -> a.status(AppealStatus.DECIDED).decision(decidedOn("2026-07-14T09:00")));
    // Paused from 2 to 14 July, twelve days: 1 July + 12 + 14 = 27 July, a Monday.
    assertEquals(day("2026-07-27"), application(scenario).day());
  }

  @Test
  void noActionNeedsNoApplicationTalk() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 90, true).applied("P1", "2026-07-05T10:00", ApplicationAction.NO_ACTION);
    assertTrue(process(scenario, "E1").deadlines().stream().noneMatch(d -> d.kind() == DeadlineKind.APPLICATION_TALK));
  }

  @Test
  void planAgreedAtTheInterviewNeedsNoSeparateApplicationTalk() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .improvementPlan("PL1", "2026-07-03T11:00", p -> { })
        .interview("T1", "2026-07-03T10:00", i -> i.startedAt(LocalDateTime.parse("2026-07-03T10:00"))
            .endedAt(LocalDateTime.parse("2026-07-03T11:00")).improvementPlan(PlanId.of("PL1")))
        .applied("P1", "2026-07-05T10:00", ApplicationAction.IMPROVEMENT_PLAN);
    assertTrue(process(scenario, "E1").deadlines().stream().noneMatch(d -> d.kind() == DeadlineKind.APPLICATION_TALK));
  }

  @Test
  void payNeedsAnApplicationTalkWithinItsDays() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 90, true).applied("P1", "2026-07-06T10:00", ApplicationAction.PAY);
    Deadline talk = process(scenario, "E1").deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.APPLICATION_TALK).findFirst().orElseThrow();
    assertEquals(day("2026-07-13"), talk.day());
  }

  @Test
  void planAgreedEarlyThisPeriodForLastPeriodsResultIsFollowedUp() {
    Scenario scenario = Scenario.month("2026-06").employee("E1")
        .improvementPlan("MAY", "2026-06-03T10:00", p -> p.period(io.perfcomm.core.PeriodId.of("2026-05")))
        .improvementPlan("MAR", "2026-04-03T10:00", p -> p.period(io.perfcomm.core.PeriodId.of("2026-03"))
            .closedAt(LocalDateTime.parse("2026-05-20T10:00")));
    assertEquals(List.of(new PlanFollowUp(PlanId.of("MAY"))), process(scenario, "E1").followUps());
  }

  @Test
  void actionPastItsDueDayWithoutBeingDoneIsOverdue() {
    Scenario scenario = Scenario.month("2026-06").asOf("2026-06-20T18:00").employee("E1")
        .improvementPlan("PL", "2026-06-03T10:00", p -> p.actions(List.of(
            PlanAction.builder().text("a").due(day("2026-06-18")).build(),
            PlanAction.builder().text("b").due(day("2026-06-18")).doneAt(day("2026-06-17")).build(),
            PlanAction.builder().text("c").due(day("2026-06-20")).build())));
    assertEquals(List.of(new OverdueAction(PlanId.of("PL"), 0, day("2026-06-18"))), process(scenario, "E1").overdueActions());
  }

  @Test
  void objectionGetsItsResponseDeadline() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(
            Scenario.objection("O1", "2026-07-03T10:30", ObjectionStatus.OPEN).build()));
    Deadline response = process(scenario, "E1").deadlines().stream()
        .filter(d -> d.kind() == DeadlineKind.OBJECTION_RESPONSE).findFirst().orElseThrow();
    assertEquals(day("2026-07-10"), response.day());
  }

  @Test
  void sheetWeightsAddUpAsDecimals() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 60).indicator("I2", RESULT, 40.01);
    assertEquals(0.01, process(scenario, "E1").sheetWeights().get(0).offBy());
  }

  @Test
  void leaderApprovalStandsInForAMissingDetermination() {
    Scenario scenario = Scenario.month("2026-06").leader("L1").employee("E1")
        .indicator("I1", io.perfcomm.core.objective.IndicatorLevel.TASK, 100, i -> i.approvedBy(PersonId.of("L1")));
    TaskDetermination determination = process(scenario, "E1").determinations().get(0);
    assertEquals(Optional.of(PersonId.of("L1")), determination.by());
    assertTrue(determination.byApproval());
    assertTrue(determination.byLeader());
    assertFalse(determination.byEvaluatorOfRecord());
  }

  @Test
  void determinationIsDatedByTheApprovalAgainstTheEvaluatorSince() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").evaluatedBy("M2").evaluatorSince("2026-06-10")
        .indicator("I1", io.perfcomm.core.objective.IndicatorLevel.TASK, 50, i -> i.determinedBy(PersonId.of("M1")))
        .indicator("I2", io.perfcomm.core.objective.IndicatorLevel.TASK, 50, i -> i.determinedBy(PersonId.of("M1"))
            .approvedAt(LocalDateTime.parse("2026-06-10T00:00")));
    List<TaskDetermination> determinations = process(scenario, "E1").determinations();
    assertTrue(determinations.get(0).beforeEvaluatorSince());
    assertFalse(determinations.get(1).beforeEvaluatorSince());
    assertFalse(determinations.get(0).byApproval());
  }

  @Test
  void resultLevelAndUnapprovedIndicatorsHaveNoDetermination() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 50)
        .indicator("I2", io.perfcomm.core.objective.IndicatorLevel.TASK, 50,
            i -> i.approvedBy(Optional.empty()).approvedAt(Optional.empty()));
    assertTrue(process(scenario, "E1").determinations().isEmpty());
  }

  @Test
  void anObjectionIsAnsweredByWhicheverCameFirstOfTheResponseAndAnAppealFiledOnIt() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(
            Scenario.objection("O1", "2026-07-03T10:30", ObjectionStatus.ESCALATED)
                .response(Scenario.response("2026-07-09T10:00")).build(),
            Scenario.objection("O2", "2026-07-03T10:40", ObjectionStatus.RESOLVED)
                .response(Scenario.response("2026-07-04T10:00")).build(),
            Scenario.objection("O3", "2026-07-03T10:50", ObjectionStatus.OPEN).build()))
        .appeal("P1", "2026-07-06T09:00", a -> a.objection(io.perfcomm.core.interview.ObjectionId.of("O1")));
    assertEquals(List.of(
            new ObjectionAnswer(io.perfcomm.core.interview.ObjectionId.of("O1"), LocalDateTime.parse("2026-07-06T09:00"),
                Optional.of(io.perfcomm.core.appeal.AppealId.of("P1"))),
            new ObjectionAnswer(io.perfcomm.core.interview.ObjectionId.of("O2"), LocalDateTime.parse("2026-07-04T10:00"),
                Optional.empty())),
        process(scenario, "E1").objectionAnswers());
  }

  @Test
  void theMonthEndSummaryCountsFromTheLastSevenDaysOfThePeriodToTheDayOfScoring() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .summary("EARLY", "2026-06-23").summary("FIRST", "2026-06-24").summary("ON", "2026-07-01").summary("LATE", "2026-07-02")
        .record("WEEKLY", "I1", "2026-06-29").scoredAt("2026-07-01T10:00").score("I1", 60, false);
    EvaluationId evaluation = EvaluationId.of("V-E1");
    assertEquals(List.of(new PeriodSummary(io.perfcomm.core.communication.RecordId.of("FIRST"), evaluation, day("2026-06-24")),
            new PeriodSummary(io.perfcomm.core.communication.RecordId.of("ON"), evaluation, day("2026-07-01"))),
        process(scenario, "E1").periodSummaries());
  }

  @Test
  void aSummaryOnHandBeforeScoringUsesTheSameWindowCappedAtAsOf() {
    Scenario scenario = Scenario.month("2026-06").asOf("2026-07-01T18:00").employee("E1")
        .summary("EARLY", "2026-06-23").summary("FIRST", "2026-06-24").summary("LATER", "2026-07-02");
    assertEquals(List.of(new SummaryOnHand(io.perfcomm.core.communication.RecordId.of("FIRST"), day("2026-06-24"))),
        process(scenario, "E1").summariesOnHand());
  }

  @Test
  void aLeaversMonthEndSummaryCountsFromTheLastSevenDaysOfTheSpan() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").leftOn("2026-06-19").indicator("I1", RESULT, 100)
        .summary("BEFORE", "2026-06-12").summary("LAST", "2026-06-19").scoredAt("2026-06-19T16:00").score("I1", 80, true);
    assertEquals(List.of(io.perfcomm.core.communication.RecordId.of("LAST")),
        process(scenario, "E1").periodSummaries().stream().map(PeriodSummary::summaryRecord).collect(Collectors.toList()));
  }

  @Test
  void coachingIsTheDailyTalksInsideTheSpan() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").hiredOn("2026-06-10").indicator("I1", RESULT, 100)
        .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-06-09T10:00", "I1")
        .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-06-17T10:00", "I1")
        .communication(io.perfcomm.core.communication.CommunicationType.RESULT, "2026-06-18T10:00", "I1")
        .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-07-01T10:00", "I1");
    List<Coaching> coaching = process(scenario, "E1").coaching();
    assertEquals(List.of(LocalDateTime.parse("2026-06-17T10:00")), coaching.stream().map(Coaching::at).collect(Collectors.toList()));
    assertTrue(coaching.get(0).names(IndicatorId.of("I1")));
  }

  @Test
  void planGapsCountTheMissedTargetsOfTheEmployee() {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 60, false)
        .improvementPlan("PL1", "2026-07-03T10:00", p -> p.resources(List.of()))
        .improvementPlan("OLD", "2026-05-03T10:00", p -> p.period(io.perfcomm.core.PeriodId.of("2026-05")).resources(List.of()));
    List<PlanGaps> gaps = process(scenario, "E1").planGaps();
    assertEquals(1, gaps.size());
    assertEquals(PlanId.of("PL1"), gaps.get(0).plan());
    assertEquals(List.of(PlanGap.NO_RESOURCE_SUPPORT), gaps.get(0).gaps());
    assertEquals(1, gaps.get(0).shortfalls());
  }
}
