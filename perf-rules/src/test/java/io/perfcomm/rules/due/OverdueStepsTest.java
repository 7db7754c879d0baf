package io.perfcomm.rules.due;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Fixtures;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Steps a checkpoint reports while they can still be taken: an indicator still to be approved after the
 * confirmation deadline (OBJ-01), an improvement plan's overdue actions (APP-03), a result to apply once
 * the appeal that paused it is decided (APP-01), and the other overdue steps of the same kind (OBJ-03,
 * COM-02, INT-04). Each: the entry, its end once the step is taken, the due day as the boundary, and the
 * control employee of {@link Fixtures#june()}, who follows the standard process, with no entry of the kind
 * (every expectation lists all entries of its kind, so the control is held without being named).
 */
class OverdueStepsTest {

  private static DueList due(Scenario scenario) {
    return PerfEngine.withDefaults().due(scenario.build());
  }

  /** Every entry of one kind: "KIND about actor role by [overdue]". */
  private static List<String> of(StepKind kind, Scenario scenario) {
    return due(scenario).steps().stream().filter(s -> s.step() == kind)
        .map(s -> s.step() + " " + s.about() + " " + s.actor().map(PersonId::value).orElse("-") + " " + s.actorRole()
            + " " + s.by() + (s.overdue() ? " overdue" : ""))
        .collect(Collectors.toList());
  }

  private static List<Severity> severities(String checkpoint, String employee, Scenario scenario) {
    Report report = PerfEngine.withDefaults().check(scenario.build());
    return report.findings(checkpoint).stream().filter(f -> f.employee().filter(PersonId.of(employee)::equals).isPresent())
        .map(f -> f.severity()).collect(Collectors.toList());
  }

  // --- OBJ-01: an indicator not approved by the confirmation deadline (Monday 1 June) ------------

  /** E1's sheet: I1 approved before the period, I2 as the test says. */
  private static Scenario approval(String asOf, Consumer<io.perfcomm.core.objective.Indicator.Builder> i2) {
    return Fixtures.june().asOf(asOf).employee("E1").indicator("I1", RESULT, 60).indicator("I2", RESULT, 40, i2);
  }

  private static final Consumer<io.perfcomm.core.objective.Indicator.Builder> NEVER_APPROVED =
      i -> i.approvedAt(Optional.empty()).approvedBy(Optional.empty());

  @Test
  void anIndicatorStillUnapprovedAfterTheDeadlineIsTheEvaluatorsOverdueStep() {
    Scenario scenario = approval("2026-06-10T09:00", NEVER_APPROVED);
    assertEquals(List.of("APPROVE_INDICATORS E1 M1 EVALUATOR 2026-06-01 overdue"), of(StepKind.APPROVE_INDICATORS, scenario));
    DueStep step = due(scenario).steps().stream().filter(s -> s.step() == StepKind.APPROVE_INDICATORS).findFirst().orElseThrow();
    assertEquals(List.of("I2", "S-E1"), List.copyOf(step.records()));
  }

  @Test
  void anIndicatorApprovedLateEndsTheStepButNotTheBreach() {
    Scenario scenario = approval("2026-06-10T09:00", i -> i.approvedAt(LocalDateTime.parse("2026-06-05T09:00")));
    assertEquals(List.of(), of(StepKind.APPROVE_INDICATORS, scenario));
    assertEquals(List.of(Severity.ERROR), severities("OBJ-01", "E1", scenario));
  }

  @Test
  void theApprovalIsDueOnTheDeadlineItselfAndOverdueTheMinuteAfter() {
    assertEquals(List.of("APPROVE_INDICATORS E1 M1 EVALUATOR 2026-06-01"),
        of(StepKind.APPROVE_INDICATORS, approval("2026-06-01T23:59", NEVER_APPROVED)));
    assertEquals(List.of("APPROVE_INDICATORS E1 M1 EVALUATOR 2026-06-01 overdue"),
        of(StepKind.APPROVE_INDICATORS, approval("2026-06-02T00:00", NEVER_APPROVED)));
  }

  @Test
  void noApprovalIsDueOnceThePeriodIsOver() {
    Scenario scenario = approval("2026-07-01T09:00", NEVER_APPROVED);
    assertEquals(List.of(), of(StepKind.APPROVE_INDICATORS, scenario));
    assertEquals(List.of(Severity.ERROR), severities("OBJ-01", "E1", scenario));
  }

  // --- APP-03: an improvement plan's actions past their due day ---------------------------------

  /** E1's plan PL0 for May, agreed on 22 May, whose one action is due on Monday 15 June. */
  private static Scenario plan(String asOf, Consumer<io.perfcomm.core.interview.ImprovementPlan.Builder> change) {
    return Fixtures.june().asOf(asOf).employee("E1").indicator("I1", RESULT, 100).improvementPlan("PL0",
        "2026-05-22T10:00", p -> {
          p.period(PeriodId.of("2026-05")).actions(List.of(
              PlanAction.builder().text("finish the sales course").due(LocalDate.parse("2026-06-15")).build()));
          change.accept(p);
        });
  }

  @Test
  void anOverdueActionIsThePlanOwnersStepTheEvaluatorAsPlansName() {
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 M1 EVALUATOR 2026-06-15 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-20T09:00", p -> { })));
  }

  @Test
  void anOverdueActionOfAPlanTheEmployeeOwnsIsTheEmployeesStep() {
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 E1 EMPLOYEE 2026-06-15 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-20T09:00", p -> p.owner(PersonId.of("E1")))));
  }

  @Test
  void anOverdueActionOfAPlanHandedToAnotherOwnerIsTheirsInTheEvaluatorsPlace() {
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 L1 EVALUATOR 2026-06-15 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-20T09:00", p -> p.owner(PersonId.of("L1"))).leader("L1")));
  }

  @Test
  void anOverdueActionOfAPlanWithoutOwnerIsTheEvaluatorsStep() {
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 M1 EVALUATOR 2026-06-15 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-20T09:00", p -> p.owner(Optional.empty()))));
  }

  @Test
  void aDoneActionOrAClosedPlanHasNoStep() {
    assertEquals(List.of(), of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-20T09:00", p -> p.actions(List.of(
        PlanAction.builder().text("finish the sales course").due(LocalDate.parse("2026-06-15"))
            .doneAt(LocalDate.parse("2026-06-18")).build())))));
    assertEquals(List.of(), of(StepKind.COMPLETE_PLAN_ACTIONS,
        plan("2026-06-20T09:00", p -> p.closedAt(LocalDateTime.parse("2026-06-19T17:00")))));
  }

  @Test
  void anActionIsNotOverdueOnItsDueDayOnlyTheDayAfter() {
    assertEquals(List.of(), of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-15T23:59", p -> { })));
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 M1 EVALUATOR 2026-06-15 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, plan("2026-06-16T00:00", p -> { })));
  }

  @Test
  void severalOverdueActionsOfOnePlanAreOneStepSinceTheEarliest() {
    Scenario scenario = plan("2026-06-20T09:00", p -> p.addActions(
        PlanAction.builder().text("shadow a senior colleague").due(LocalDate.parse("2026-06-08")).build()));
    assertEquals(List.of("COMPLETE_PLAN_ACTIONS E1 M1 EVALUATOR 2026-06-08 overdue"),
        of(StepKind.COMPLETE_PLAN_ACTIONS, scenario));
  }

  // --- APP-01: the result applied once the appeal that paused it is decided ----------------------

  /** E1 scored on 1 July, appealed on 5 July; fourteen days, the appeal as the test says. */
  private static Scenario appealed(String asOf, Consumer<io.perfcomm.core.appeal.Appeal.Builder> appeal) {
    return Fixtures.scored(Fixtures.june().asOf(asOf)).interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-05T10:00", appeal);
  }

  /** Decided on 15 July and told the same day: ten days on hold. */
  private static final Consumer<io.perfcomm.core.appeal.Appeal.Builder> DECIDED_ON_THE_15TH = a -> a
      .status(AppealStatus.DECIDED).decision(Decision.builder().at(LocalDateTime.parse("2026-07-15T10:00"))
          .outcome(DecisionOutcome.UPHELD).reasons("the records support the score")
          .communicatedAt(LocalDateTime.parse("2026-07-15T11:00")).build());

  @Test
  void noApplicationIsDueWhileTheAppealIsPending() {
    Scenario scenario = appealed("2026-07-14T09:00", a -> { });
    assertEquals(List.of(), of(StepKind.APPLY_RESULT, scenario));
    assertEquals(List.of("DECIDE_APPEAL E1 - HR 2026-08-04"), of(StepKind.DECIDE_APPEAL, scenario));
  }

  @Test
  void onceTheAppealIsDecidedTheApplicationIsDueByTheDayMovedByThePause() {
    // 15 July + the ten days on hold is Saturday 25 July, moved to Monday 27 July.
    assertEquals(List.of("APPLY_RESULT E1 M1 EVALUATOR 2026-07-27"),
        of(StepKind.APPLY_RESULT, appealed("2026-07-20T09:00", DECIDED_ON_THE_15TH)));
  }

  @Test
  void theMovedDayIsTheLastDayAndOverdueTheMinuteAfter() {
    assertEquals(List.of("APPLY_RESULT E1 M1 EVALUATOR 2026-07-27"),
        of(StepKind.APPLY_RESULT, appealed("2026-07-27T23:59", DECIDED_ON_THE_15TH)));
    assertEquals(List.of("APPLY_RESULT E1 M1 EVALUATOR 2026-07-27 overdue"),
        of(StepKind.APPLY_RESULT, appealed("2026-07-28T00:00", DECIDED_ON_THE_15TH)));
  }

  @Test
  void theResultAppliedEndsTheStep() {
    assertEquals(List.of(), of(StepKind.APPLY_RESULT,
        appealed("2026-07-22T09:00", DECIDED_ON_THE_15TH).applied("A1", "2026-07-21T10:00", ApplicationAction.NO_ACTION)));
  }

  @Test
  void anAppealFiledAfterTheLastDayLeavesTheApplicationOverdueFromItsOwnDay() {
    Scenario scenario = Fixtures.scored(Fixtures.june().asOf("2026-07-20T09:00")).interview("T1", "2026-07-03T10:00")
        .appeal("AP1", "2026-07-16T10:00", a -> { });
    assertEquals(List.of("APPLY_RESULT E1 M1 EVALUATOR 2026-07-15 overdue"), of(StepKind.APPLY_RESULT, scenario));
  }

  // --- OBJ-03: a change that took effect without its talk or re-signature ------------------------

  /** E1 signed on 29 May; change C1 of I1, decided on 9 June, took effect on Monday 15 June. */
  private static Scenario changed(String asOf, Consumer<io.perfcomm.core.objective.IndicatorChange.Builder> change) {
    return Fixtures.june().asOf(asOf).employee("E1").indicator("I1", RESULT, 100).signedAt("2026-05-29T10:00")
        .indicatorChange("C1", "I1", "2026-06-09T10:00", "2026-06-15", change);
  }

  @Test
  void aChangeInEffectWithoutTalkOrSignatureStaysTheEvaluatorsStepUntilThePeriodEnds() {
    assertEquals(List.of("CONFIRM_CHANGE E1 M1 EVALUATOR 2026-06-14"),
        of(StepKind.CONFIRM_CHANGE, changed("2026-06-14T23:59", c -> { })));
    assertEquals(List.of("CONFIRM_CHANGE E1 M1 EVALUATOR 2026-06-14 overdue"),
        of(StepKind.CONFIRM_CHANGE, changed("2026-06-15T00:00", c -> { })));
    assertEquals(List.of(), of(StepKind.CONFIRM_CHANGE, changed("2026-07-01T00:00", c -> { })));
  }

  @Test
  void aLateTalkAndALateSignatureEndTheStepButNotTheBreach() {
    Scenario both = changed("2026-06-20T09:00", c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-18T10:00")))
        .communication(CommunicationType.INDICATOR, "2026-06-17T10:00", "I1");
    assertEquals(List.of(), of(StepKind.CONFIRM_CHANGE, both));
    assertEquals(List.of(Severity.ERROR), severities("OBJ-03", "E1", both));
    Scenario talkOnly = changed("2026-06-20T09:00", c -> { })
        .communication(CommunicationType.INDICATOR, "2026-06-17T10:00", "I1");
    assertEquals(List.of("CONFIRM_CHANGE E1 M1 EVALUATOR 2026-06-14 overdue"), of(StepKind.CONFIRM_CHANGE, talkOnly));
  }

  // --- COM-02: talks still missing after the scoring deadline, before scoring ------------------

  /** E1, not scored, one talk on 10 June; June's scoring deadline is Monday 6 July. */
  private static Scenario unscored(String asOf) {
    return Fixtures.june().asOf(asOf).employee("E1").indicator("I1", RESULT, 100)
        .communication(CommunicationType.DAILY, "2026-06-10T10:00", "I1");
  }

  @Test
  void talksMissingAfterTheScoringDeadlineStayDueUntilHeld() {
    assertEquals(List.of("TALKS_BEFORE_SCORING E1 M1 EVALUATOR 2026-07-06"),
        of(StepKind.TALKS_BEFORE_SCORING, unscored("2026-07-06T23:59")));
    assertEquals(List.of("TALKS_BEFORE_SCORING E1 M1 EVALUATOR 2026-07-06 overdue"),
        of(StepKind.TALKS_BEFORE_SCORING, unscored("2026-07-07T00:00")));
    Scenario held = unscored("2026-07-08T09:00").communication(CommunicationType.DAILY, "2026-07-07T10:00", "I1");
    assertEquals(List.of(), of(StepKind.TALKS_BEFORE_SCORING, held));
    assertEquals(List.of(Severity.ERROR), severities("COM-02", "E1", held));
  }

  // --- INT-04: enough time planned for an interview still to be held ---------------------------

  /** E1's interview T1 on Friday 3 July at 10:00, planned for 20 minutes, held as the test says. */
  private static Scenario planned(String asOf, boolean held) {
    return Fixtures.scored(Fixtures.june().asOf(asOf)).interview("T1", "2026-07-03T10:00", i -> {
      i.plannedMinutes(20);
      if (!held) {
        i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty());
      }
    });
  }

  @Test
  void aShortPlanBeforeTheInterviewIsAReminderDueOnItsDay() {
    Scenario ahead = planned("2026-07-02T09:00", false);
    assertEquals(List.of("BLOCK_TIME E1 M1 EVALUATOR 2026-07-03"), of(StepKind.BLOCK_TIME, ahead));
    assertEquals(List.of(Severity.INFO), severities("INT-04", "E1", ahead));
  }

  @Test
  void aShortPlanOnceHeldIsABreachAndNoStep() {
    Scenario held = planned("2026-07-03T12:00", true);
    assertEquals(List.of(), of(StepKind.BLOCK_TIME, held));
    assertEquals(List.of(Severity.ERROR), severities("INT-04", "E1", held));
  }
}
