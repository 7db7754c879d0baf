package io.perfcomm.rules.agenda;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.interview.ResourceKind;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.PlanRequirement;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Message;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ten items of a result interview (DOMAIN.md §7), each present, absent or changed as the facts say. */
class ResultInterviewItemsTest {

  /** The day after scoring, before the interview of 3 July: an agenda to prepare it. */
  private static final String BEFORE = "2026-07-02T18:00";

  private static Objection objection(ObjectionStatus status) {
    return Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I2"))
        .raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("the target moved mid-month").status(status).build();
  }

  private static Scenario before(boolean missI2) {
    return scored(june().asOf(BEFORE), missI2, i -> { });
  }

  // 1. PREPARATION

  @Test
  void preparationComesFirstInEveryResultInterviewWithRoomTimeAndRecords() {
    Agenda agenda = result(before(false));
    assertEquals(PREPARATION, agenda.items().get(0).kind());
    AgendaItem preparation = item(agenda, PREPARATION);
    assertEquals(List.of("agenda.preparation.room", "agenda.preparation.time", "agenda.preparation.notified",
        "agenda.preparation.bring"), ownKeys(preparation));
    assertEquals(LocalDateTime.parse("2026-07-03T10:00"), point(preparation, "agenda.preparation.time").arguments().get("at"));
  }

  @Test
  void aMissedIndicatorAddsTheRecordsAnObjectionWillTest() {
    AgendaItem preparation = item(result(before(true).summary("SUM1", "2026-06-29")), PREPARATION);
    assertEquals(List.of("agenda.preparation.room", "agenda.preparation.time", "agenda.preparation.notified",
        "agenda.preparation.bring", "agenda.preparation.bring.sheet", "agenda.preparation.bring.indicator",
        "agenda.preparation.bring.summary"), ownKeys(preparation));
    Message indicator = point(preparation, "agenda.preparation.bring.indicator");
    assertEquals("I2", indicator.arguments().get("name"));
    assertEquals(1, indicator.arguments().get("coaching"));
    assertTrue(preparation.records().containsAll(List.of("C-E1-2", "R2", "S-E1", "SUM1")), preparation.records().toString());
  }

  @Test
  void withoutMonthEndSummaryPreparationSaysSo() {
    assertTrue(keys(item(result(before(true)), PREPARATION)).contains("agenda.preparation.bring.noSummary"));
  }

  @Test
  void aRoomNeitherPrivateNorQuietIsToBeChanged() {
    AgendaItem preparation = item(result(scored(june().asOf(BEFORE), false, i -> i.location(
        Location.builder().name("open office").privateRoom(false).quiet(true).build()))), PREPARATION);
    assertEquals("open office", point(preparation, "agenda.preparation.room.unfit").arguments().get("room"));
    assertTrue(findingCheckpoints(preparation).contains("INT-02"), keys(preparation).toString());
  }

  @Test
  void aPassedInterviewTimeIsNeverPromisedAgain() {
    AgendaItem preparation = item(result(scored(june(), false, i -> { })), PREPARATION);
    assertFalse(keys(preparation).contains("agenda.preparation.time"));
    assertEquals(LocalDateTime.parse("2026-07-03T10:00"), point(preparation, "agenda.preparation.followUp").arguments().get("heldAt"));
  }

  @Test
  void sensitivePurposeAddsPreparationAndSupport() {
    Cycle cycle = scored(june().hr("HR1").asOf(BEFORE), true, i -> i
        .purpose(Purpose.builder().kind(PurposeKind.DISMISSAL).build())
        .preparation("records of three warnings, legal review").addSupport(PersonId.of("HR1"))).build();
    AgendaItem preparation = item(result(cycle, "T1"), PREPARATION);
    assertTrue(ownKeys(preparation).containsAll(List.of("agenda.preparation.DISMISSAL", "agenda.preparation.prepared",
        "agenda.preparation.support", "agenda.preparation.reactions")), keys(preparation).toString());
    assertEquals(List.of(PersonId.of("HR1")), point(preparation, "agenda.preparation.support").arguments().get("people"));
  }

  @Test
  void warningWithoutPreparationOrSupportSaysSo() {
    AgendaItem preparation = item(result(scored(june().asOf(BEFORE), true, i -> i
        .purpose(Purpose.builder().kind(PurposeKind.IMPROVEMENT_WARNING).build()))), PREPARATION);
    assertTrue(keys(preparation).containsAll(List.of("agenda.preparation.unprepared", "agenda.preparation.unsupported",
        "agenda.preparation.IMPROVEMENT_WARNING")));
  }

  @Test
  void findingsOfTheCheckGoIntoPreparationOnlyAndNeverApl05() {
    Cycle cycle = june().employee("E1").indicator("I1", io.perfcomm.core.objective.IndicatorLevel.RESULT, 100)
        .communication(DAILY, "2026-06-10T10:00", "I1").record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 50, false, "R1")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(Objection.builder().id(ObjectionId.of("O1"))
            .indicator(IndicatorId.of("I1")).raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("unfair")
            .status(ObjectionStatus.OPEN).build()))
        .build();
    Report report = PerfEngine.withDefaults().check(cycle);
    Agenda agenda = PerfEngine.withDefaults().agenda(cycle, report, io.perfcomm.core.interview.InterviewId.of("T1"));
    List<String> expected = report.about(PersonId.of("E1")).stream().map(f -> f.checkpoint())
        .filter(c -> !c.equals("APL-05")).sorted().toList();
    assertFalse(expected.isEmpty());
    assertTrue(report.about(PersonId.of("E1")).stream().anyMatch(f -> f.checkpoint().equals("APL-05")));
    assertEquals(expected, findingCheckpoints(item(agenda, PREPARATION)).stream().sorted().toList());
    for (AgendaItem item : agenda.items()) {
      if (item.kind() != PREPARATION) {
        assertTrue(findingCheckpoints(item).isEmpty(), item.kind() + " holds findings");
      }
    }
  }

  @Test
  void byTheBookEmployeeHasNoFindingToFix() {
    assertTrue(findingCheckpoints(item(result(june().build(), "T-CONTROL"), PREPARATION)).isEmpty());
  }

  // 2. PURPOSE

  @Test
  void purposeStaysShort() {
    Agenda agenda = result(before(true));
    AgendaItem purpose = item(agenda, PURPOSE);
    assertEquals(List.of("agenda.purpose.stated", "agenda.purpose.RESULT", "agenda.purpose.rules"), keys(purpose));
    assertTrue(purpose.minutes() <= 3, purpose.minutes() + " minutes");
    assertTrue(agenda.items().stream().allMatch(i -> i.minutes() >= purpose.minutes()));
  }

  // 3. EMPLOYEE_VIEW

  @Test
  void theEmployeeSpeaksFirstAfterThePurpose() {
    Agenda agenda = result(before(false));
    assertEquals(List.of(PREPARATION, PURPOSE, EMPLOYEE_VIEW), kinds(agenda).subList(0, 3));
    assertEquals(List.of("agenda.view.clean", "agenda.view.period", "agenda.view.suggestions"),
        keys(item(agenda, EMPLOYEE_VIEW)));
  }

  // 4. RESULT_REVIEW

  @Test
  void resultReviewShowsTheTargetInEffectAfterAChange() {
    Agenda agenda = result(before(true).indicatorChange("CH1", "I2", "2026-06-05T09:00", "2026-06-10",
        c -> c.newTarget("25 accounts").newWeight(40.0).reconfirmedAt(LocalDateTime.parse("2026-06-06T09:00"))));
    AgendaItem i2 = items(agenda, RESULT_REVIEW).get(1);
    assertEquals("25 accounts", point(i2, "agenda.review.figures").arguments().get("target"));
    assertEquals("target of I2", point(i2, "agenda.review.changed").arguments().get("original"));
    assertTrue(i2.records().contains("CH1"));
  }

  // 5-6. STRENGTHS, WEAKNESSES

  @Test
  void strengthsAndWeaknessesCiteTheirEvidence() {
    Agenda agenda = result(before(false));
    assertEquals(List.of("R1"), item(agenda, STRENGTHS).records());
    assertEquals(List.of("R2"), item(agenda, WEAKNESSES).records());
  }

  // 7. OBJECTIONS

  @Test
  void noObjectionAndNoShortfallMeansNoObjectionItem() {
    assertTrue(items(result(before(false)), OBJECTIONS).isEmpty());
  }

  @Test
  void aMissedTargetWithoutObjectionPreparesTheLikelyOne() {
    AgendaItem objections = item(result(before(true)), OBJECTIONS);
    assertEquals("agenda.objections.likely.title", objections.title().key());
    assertEquals(List.of("agenda.objections.likely", "agenda.objections.signed", "agenda.objections.coaching",
        "agenda.objections.records"), keys(objections));
  }

  @Test
  void anOpenObjectionIsAnsweredFromTheRecordsByItsDeadline() {
    Agenda agenda = result(scored(june().asOf("2026-07-04T09:00"), true, i -> i.addObjections(objection(ObjectionStatus.OPEN))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())));
    AgendaItem objections = item(agenda, OBJECTIONS);
    assertEquals("agenda.objections.title", objections.title().key());
    assertEquals(List.of("agenda.objections.objection", "agenda.objections.answerBy", "agenda.objections.claim",
        "agenda.objections.signed", "agenda.objections.coaching", "agenda.objections.records"), keys(objections));
    assertEquals(LocalDate.parse("2026-07-10"), point(objections, "agenda.objections.answerBy").arguments().get("by"));
    assertTrue(objections.records().containsAll(List.of("O1", "S-E1", "C-E1-2", "R2")));
  }

  @Test
  void anObjectionPastItsDeadlineIsOverdueNeverPromised() {
    AgendaItem objections = item(result(scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.OPEN)))), OBJECTIONS);
    assertFalse(keys(objections).contains("agenda.objections.answerBy"));
    assertEquals(LocalDate.parse("2026-07-10"), point(objections, "agenda.objections.answerOverdue").arguments().get("overdueSince"));
  }

  @Test
  void anObjectionOnAChangedTargetNeverReconfirmedIsAcknowledged() {
    AgendaItem objections = item(result(scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.OPEN)))
        .indicatorChange("CH1", "I2", "2026-06-05T09:00", "2026-06-10", c -> c.newTarget("25 accounts"))), OBJECTIONS);
    assertEquals("25 accounts", point(objections, "agenda.objections.changeUnconfirmed").arguments().get("target"));
  }

  @Test
  void aResolvedObjectionLeavesOnlyTheLikelyObjectionOfTheMissedTarget() {
    // The plan was agreed at the interview: nothing is open, so this is no follow-up.
    Agenda agenda = result(scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.RESOLVED)))
        .improvementPlan("P1", "2026-07-03T10:40", p -> { }));
    assertEquals("agenda.objections.likely.title", item(agenda, OBJECTIONS).title().key());
    assertEquals("agenda.confirm.title", item(agenda, CONFIRMATION).title().key());
  }

  // 8. IMPROVEMENT_PLAN

  @Test
  void noShortfallShrinksTheImprovementPartToADevelopmentGoal() {
    AgendaItem plan = item(result(scored(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL)),
        false, i -> { })), IMPROVEMENT_PLAN);
    assertEquals("agenda.plan.development.title", plan.title().key());
    assertEquals(List.of("agenda.plan.development", "agenda.plan.development.next"), keys(plan));
  }

  @Test
  void policyRequiringAPlanAlwaysAsksForAShortOne() {
    assertEquals(List.of("agenda.plan.development", "agenda.plan.always", "agenda.plan.development.next"), keys(item(result(scored(june().asOf(BEFORE)
        .policy(p -> p.improvementPlanRequired(PlanRequirement.ALWAYS)), false, i -> { })), IMPROVEMENT_PLAN)));
  }

  @Test
  void aShortfallGetsCausesMethodsResourcesOwnersAndMoreMinutes() {
    Agenda met = result(before(false));
    Agenda missed = result(before(true));
    AgendaItem plan = item(missed, IMPROVEMENT_PLAN);
    assertEquals(List.of("agenda.plan.causes", "agenda.plan.suggest.TRAINING", "agenda.plan.methods", "agenda.plan.owners"),
        keys(plan));
    assertEquals(LocalDate.parse("2026-07-02"), point(plan, "agenda.plan.owners").arguments().get("today"));
    assertTrue(plan.minutes() > item(met, IMPROVEMENT_PLAN).minutes());
  }

  @Test
  void resourceSupportFollowsThePlansCausesAndTheIndicatorNotOnlyItsLevel() {
    // I2 is task-level (training by level); the plan's cause names customers (network) and budget.
    Agenda agenda = result(before(true).improvementPlan("P1", "2026-07-02T09:00", p -> p.causes(
        List.of("few customers in the new territory", "no budget for the visits")).resources(List.of())));
    AgendaItem plan = item(agenda, IMPROVEMENT_PLAN);
    List<String> suggested = keys(plan).stream().filter(k -> k.startsWith("agenda.plan.suggest.")).toList();
    assertEquals(List.of("agenda.plan.suggest.TRAINING", "agenda.plan.suggest.NETWORK", "agenda.plan.suggest.BUDGET"), suggested);
    @SuppressWarnings("unchecked")
    List<Message> network = (List<Message>) point(plan, "agenda.plan.suggest.NETWORK").arguments().get("reasons");
    assertEquals(List.of(Message.of("agenda.plan.reason.cause").with("cause", "few customers in the new territory")), network);
  }

  @Test
  void aKindThePlanAlreadyHoldsIsNotSuggestedAgain() {
    AgendaItem plan = item(result(before(true).improvementPlan("P1", "2026-07-02T09:00", p -> { })), IMPROVEMENT_PLAN);
    assertFalse(keys(plan).contains("agenda.plan.suggest.TRAINING"), keys(plan).toString());
    assertEquals(ResourceKind.TRAINING, point(plan, "agenda.plan.resource").arguments().get("kind"));
  }

  @Test
  void anEarlierPlanStillOpenIsFollowedUpWithItsOverdueActions() {
    AgendaItem plan = item(result(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05")), IMPROVEMENT_PLAN);
    assertEquals(PlanId.of("P0"), point(plan, "agenda.plan.earlier").arguments().get("plan"));
    // P0's action is due a month after 30 June, on 30 July: as of 30 July it is due that day, not overdue.
    assertEquals(LocalDate.parse("2026-07-30"), point(plan, "agenda.plan.action.due").arguments().get("by"));
    AgendaItem later = item(result(scored(june().asOf("2026-08-03T09:00"), true, i -> { })
        .previousImprovementPlan("P0", "2026-05")), IMPROVEMENT_PLAN);
    assertEquals(LocalDate.parse("2026-07-30"), point(later, "agenda.plan.action.overdue").arguments().get("overdueSince"));
  }

  @Test
  void dismissalHasNoImprovementPlanAndNoNextPeriod() {
    Agenda agenda = result(scored(june(), true, i -> i.purpose(Purpose.builder().kind(PurposeKind.DISMISSAL).build())));
    assertFalse(kinds(agenda).contains(IMPROVEMENT_PLAN));
    assertFalse(kinds(agenda).contains(NEXT_PERIOD));
  }

  // 9. NEXT_PERIOD

  @Test
  void nextPeriodIsTheOneStartingAfterTheMoment() {
    AgendaItem next = item(result(before(true)), NEXT_PERIOD);
    assertEquals(List.of("agenda.nextPeriod.started", "agenda.nextPeriod.adjust", "agenda.nextPeriod.confirm"), keys(next));
    assertEquals(LocalDate.parse("2026-08-01"), point(next, "agenda.nextPeriod.confirm").arguments().get("start"));
    assertEquals(LocalDate.parse("2026-07-01"), point(next, "agenda.nextPeriod.started").arguments().get("startedOn"));
  }

  // 10. CONFIRMATION

  @Test
  void anAgreedResultIsSignedWithThePlan() {
    assertEquals(List.of("agenda.confirm.sign", "agenda.confirm.plan", "agenda.confirm.copy"),
        keys(item(result(before(true)), CONFIRMATION)));
  }

  @Test
  void anOpenObjectionChangesTheConfirmation() {
    AgendaItem confirmation = item(result(scored(june().asOf("2026-07-04T09:00"), true,
        i -> i.addObjections(objection(ObjectionStatus.OPEN)))), CONFIRMATION);
    assertEquals("agenda.confirm.disputed.title", confirmation.title().key());
    assertEquals(List.of("agenda.confirm.disputed.record", "agenda.confirm.disputed.respond", "agenda.confirm.disputed.route",
        "agenda.confirm.copy"), keys(confirmation));
  }

  @Test
  void anOpenAppealSaysWhatIsSignedNowAndWhatWaits() {
    AgendaItem confirmation = item(result(scored(june().asOf("2026-07-05T09:00"), true, i -> { })
        .appeal("AP1", "2026-07-04T09:00", a -> { })), CONFIRMATION);
    assertEquals("agenda.confirm.appeal.title", confirmation.title().key());
    assertEquals(List.of("agenda.confirm.appeal.now", "agenda.confirm.appeal.waits", "agenda.confirm.copy"), keys(confirmation));
    assertEquals(LocalDate.parse("2026-08-03"), point(confirmation, "agenda.confirm.appeal.waits").arguments().get("by"));
  }

  // ROLES for a new relationship

  @Test
  void aNewEvaluatorAddsRoleClarificationAfterThePurpose() {
    Agenda agenda = result(scored(june(), false, i -> { }).evaluatedBy("M2").evaluatorSince("2026-06-01"));
    assertEquals(List.of("agenda.roles.new.evaluator", "agenda.roles.clarify"), keys(item(agenda, ROLES)));
    assertEquals(ROLES, agenda.items().get(2).kind());
    assertTrue(items(result(scored(june(), false, i -> { }).evaluatorSince("2026-05-31")), ROLES).isEmpty());
  }

  @Test
  void theWholeInterviewInOrder() {
    Agenda agenda = result(before(true));
    assertEquals(List.of(PREPARATION, PURPOSE, EMPLOYEE_VIEW, RESULT_REVIEW, RESULT_REVIEW, STRENGTHS, WEAKNESSES, OBJECTIONS,
        IMPROVEMENT_PLAN, NEXT_PERIOD, CONFIRMATION), kinds(agenda));
    assertEquals(Optional.of(PersonId.of("M1")), agenda.evaluator());
  }
}
