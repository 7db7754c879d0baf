package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;

import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.Response;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cycle as it stood at asOf (DOMAIN.md §6.1): events dated after it are left out, and counted. */
class SeenAtAsOfTest {

  private static Cycle wellRunJune() {
    return Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
  }

  @Test
  void aCycleWithNothingAfterTheMomentIsTheSameCycleWithNothingLeftOut() {
    Cycle cycle = wellRunJune();
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 12, 31, 0, 0));
    assertSame(cycle, seen.cycle());
    assertEquals(0, seen.leftOut());
  }

  @Test
  void eventsDatedAfterTheMomentAreLeftOutAndCounted() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertTrue(seen.leftOut() > 0);
    assertTrue(seen.cycle().communications().stream().noneMatch(c -> c.at().isAfter(asOf)));
    assertTrue(seen.cycle().records().stream().noneMatch(r -> r.date().isAfter(asOf.toLocalDate())));
    assertTrue(seen.cycle().evaluations().isEmpty(), "scored after asOf: not scored yet");
    assertTrue(seen.cycle().interviews().isEmpty(), "the interview on a score not given yet goes with it");
  }

  @Test
  void everyEventLeftOutIsCountedOnce() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    long talks = cycle.communications().stream().filter(c -> c.at().isAfter(asOf)).count();
    long records = cycle.records().stream().filter(r -> r.date().isAfter(asOf.toLocalDate())).count();
    long scores = cycle.evaluations().size();
    long interviews = cycle.interviews().size();
    long applications = cycle.applications().size();
    long appeals = cycle.appeals().size();
    long plansAgreed = cycle.improvementPlans().stream().filter(p -> p.agreedAt().orElseThrow().isAfter(asOf)).count();
    assertTrue(plansAgreed > 0, "the plan agreed at the interview in July");
    assertEquals(talks + records + scores + interviews + applications + appeals + plansAgreed,
        SeenAtAsOf.of(cycle, asOf).leftOut());
  }

  @Test
  void anInterviewScheduledAfterTheMomentButNotHeldIsKeptAndNotCounted() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
    LocalDateTime scored = cycle.evaluations().get(0).scoredAt();
    LocalDateTime held = cycle.interviews().get(0).startedAt().orElseThrow();
    LocalDateTime asOf = scored.isAfter(held.minusMinutes(1)) ? scored : held.minusMinutes(1);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertEquals(1, seen.cycle().interviews().size());
    assertTrue(seen.cycle().interviews().get(0).startedAt().isEmpty(), "not held yet at asOf");
    assertEquals(cycle.interviews().get(0).scheduledAt(), seen.cycle().interviews().get(0).scheduledAt());
  }

  /** June 2026, E1 scored on 1 July, interview T1 held on 3 July 10:00-10:45, changed by the test; a CONTROL employee beside. */
  private static Cycle heldOnTheThird(Consumer<Interview.Builder> change) {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess()
        .employee("E1").indicator("I1", IndicatorLevel.RESULT, 100).scoredAt("2026-07-01T10:00").score("I1", 90, true)
        .interview("T1", "2026-07-03T10:00", change).build();
  }

  private static Objection objection(String raisedAt, ObjectionStatus status, String answeredAt) {
    Objection.Builder objection = Objection.builder().id(ObjectionId.of("O1")).raisedAt(LocalDateTime.parse(raisedAt))
        .text("the target moved").status(status);
    if (answeredAt != null) {
      objection.response(Response.builder().at(LocalDateTime.parse(answeredAt)).text("see the signed sheet").build());
    }
    return objection.build();
  }

  private static Interview interview(SeenAtAsOf seen, String id) {
    return interview(seen.cycle(), id);
  }

  private static Interview interview(Cycle cycle, String id) {
    return cycle.interviews().stream().filter(i -> i.id().value().equals(id)).findFirst().orElseThrow();
  }

  /** The moment between the interview on the third and the events of the file after it. */
  private static final LocalDateTime FOURTH = LocalDateTime.of(2026, 7, 4, 9, 0);

  @Test
  void anObjectionAnsweredAfterTheMomentIsStillOpenWithoutItsAnswer() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-03T10:30", ObjectionStatus.RESOLVED, "2026-07-08T10:00"))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    Objection seen = interview(SeenAtAsOf.of(cycle, FOURTH), "T1").objections().get(0);
    assertEquals(ObjectionStatus.OPEN, seen.status());
    assertTrue(seen.response().isEmpty(), "answered on the 8th");
  }

  @Test
  void anObjectionAnsweredByTheMomentStaysAsRecorded() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-03T10:30", ObjectionStatus.RESOLVED, "2026-07-04T08:59"))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    assertEquals(interview(cycle, "T1"), interview(SeenAtAsOf.of(cycle, FOURTH), "T1"));
  }

  @Test
  void anObjectionRaisedAfterTheMomentIsLeftOutAndCounted() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-06T10:30", ObjectionStatus.OPEN, null))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, FOURTH);
    assertTrue(interview(seen, "T1").objections().isEmpty());
    Cycle without = heldOnTheThird(i -> i.outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    assertEquals(SeenAtAsOf.of(without, FOURTH).leftOut() + 1, seen.leftOut());
  }

  @Test
  void aResultSignedAfterTheMomentIsNotSignedYet() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-03T10:30", ObjectionStatus.RESOLVED, "2026-07-08T10:00"))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-09T10:00")).build()));
    Interview seen = interview(SeenAtAsOf.of(cycle, FOURTH), "T1");
    assertEquals(Agreement.OBJECTED, seen.agreement());
    assertFalse(seen.resultSigned(), "signed on the 9th");
  }

  @Test
  void anAgreementSignedTheMorningAfterKeepsItsSignatureRatherThanLookUnrecorded() {
    Cycle cycle = heldOnTheThird(i -> i.outcome(Outcome.builder().agreement(Agreement.SIGNED)
        .signedAt(LocalDateTime.parse("2026-07-04T10:00")).build()));
    assertEquals(interview(cycle, "T1"), interview(SeenAtAsOf.of(cycle, FOURTH), "T1"));
  }

  @Test
  void anInterviewUnderWayKeepsTheOutcomeItEndedWith() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-03T10:30", ObjectionStatus.OPEN, null))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    LocalDateTime underWay = LocalDateTime.of(2026, 7, 3, 10, 15);
    Interview seen = interview(SeenAtAsOf.of(cycle, underWay), "T1");
    assertEquals(interview(cycle, "T1"), seen);
  }

  @Test
  void anInterviewHeldAfterTheMomentStaysScheduledWithoutWhatItRecorded() {
    Cycle cycle = heldOnTheThird(i -> i.addObjections(objection("2026-07-03T10:30", ObjectionStatus.OPEN, null))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
    Interview seen = interview(SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 7, 2, 18, 0)), "T1");
    assertFalse(seen.tookPlace());
    assertTrue(seen.objections().isEmpty());
    assertEquals(Agreement.NONE, seen.agreement());
    assertEquals(LocalDateTime.of(2026, 7, 3, 10, 0), seen.scheduledAt());
  }

  @Test
  void anIndicatorApprovedAfterTheMomentIsNotApprovedYetByAnyone() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").indicator("I1", IndicatorLevel.TASK, 100,
        i -> i.approvedAt(LocalDateTime.parse("2026-06-05T10:00"))).build();
    Indicator seen = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 4, 18, 0)).cycle().sheets().get(0).indicators().get(0);
    assertTrue(seen.approvedAt().isEmpty());
    assertTrue(seen.approvedBy().isEmpty(), "an approval not given has no approver");
    assertEquals(cycle.sheets().get(0).indicators().get(0),
        SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 5, 10, 0)).cycle().sheets().get(0).indicators().get(0),
        "approved at the very moment: seen");
  }

  @Test
  void aChangeDecidedAfterTheMomentHasNotHappenedAndALaterReSignatureIsNotGivenYet() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").indicator("I1", IndicatorLevel.RESULT, 100)
        .indicatorChange("C1", "I1", "2026-06-10T10:00", "2026-06-15", c -> c.reconfirmedAt(
            LocalDateTime.parse("2026-06-12T10:00")))
        .build();
    assertTrue(SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 9, 18, 0)).cycle().indicatorChanges().isEmpty());
    SeenAtAsOf between = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 11, 18, 0));
    assertTrue(between.cycle().indicatorChanges().get(0).reconfirmedAt().isEmpty(), "re-signed on the 12th");
    assertEquals(cycle.indicatorChanges(), SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 12, 18, 0)).cycle()
        .indicatorChanges());
  }

  @Test
  void aPlanStaysButItsLaterAgreementClosingAndActionsDoneHaveNotHappened() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").improvementPlan("P1", "2026-06-03T10:00", p -> p
        .actions(List.of(PlanAction.builder().text("call the ten largest customers").due(LocalDate.of(2026, 6, 20))
            .doneAt(LocalDate.of(2026, 6, 18)).build()))
        .closedAt(LocalDateTime.parse("2026-06-25T10:00"))).build();
    ImprovementPlan before = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 2, 18, 0)).cycle().improvementPlans().get(0);
    assertTrue(before.agreedAt().isEmpty() && before.closedAt().isEmpty() && before.actions().get(0).doneAt().isEmpty());
    SeenAtAsOf midway = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 18, 9, 0));
    ImprovementPlan plan = midway.cycle().improvementPlans().get(0);
    assertTrue(plan.agreedAt().isPresent());
    assertEquals(LocalDate.of(2026, 6, 18), plan.actions().get(0).doneAt().orElseThrow(), "done that day: seen");
    assertTrue(plan.closedAt().isEmpty(), "closed on the 25th");
    assertEquals(1, midway.leftOut());
  }

  @Test
  void aDecisionToldToTheEmployeeAfterTheMomentIsDecidedButNotToldYet() {
    Cycle held = heldOnTheThird(i -> i.outcome(Outcome.builder().agreement(Agreement.SIGNED)
        .signedAt(LocalDateTime.parse("2026-07-03T10:45")).build()));
    Cycle cycle = Cycle.builder().from(held).addAppeals(Appeal.builder().id(AppealId.of("A1")).employee(PersonId.of("E1"))
        .evaluation(EvaluationId.of(Scenario.evaluationIdOf("E1"))).filedAt(LocalDateTime.parse("2026-07-03T12:00"))
        .status(AppealStatus.DECIDED).decision(Decision.builder().at(LocalDateTime.parse("2026-07-08T10:00"))
            .outcome(DecisionOutcome.UPHELD).communicatedAt(LocalDateTime.parse("2026-07-10T10:00")).build())
        .build()).build();
    var appeal = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 7, 9, 9, 0)).cycle().appeals().get(0);
    assertTrue(appeal.decision().isPresent(), "decided on the 8th");
    assertTrue(appeal.decision().get().communicatedAt().isEmpty(), "told on the 10th");
  }

  @Test
  void surveysTakenAfterTheMomentAreLeftOutAndAnAttemptNotBegunGoesWithThem() {
    // Surveys on 1, 8 and 15 June.
    Cycle cycle = Scenario.month("2026-06").employee("E1").certification("CERT-1", "M1", "2026-H1", 1, 70, 72, 90)
        .build();
    SeenAtAsOf underWay = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 14, 18, 0));
    assertEquals(2, underWay.cycle().certifications().get(0).surveys().size());
    assertEquals(1, underWay.leftOut());
    assertTrue(SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 5, 31, 18, 0)).cycle().certifications().isEmpty());
    assertEquals(cycle.certifications(), SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 6, 15, 9, 0)).cycle()
        .certifications(), "the last survey's day has begun");
  }

  /**
   * E1 interviewed on 3 July; objection O1 raised at 10:30 with the given status, answered on 8 July;
   * the result signed on 8 July; O2 raised by e-mail on 7 July.
   */
  private static Cycle objected(ObjectionStatus status, String appealFiled) {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 70, false)
        .interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-08T10:00")).build())
            .addObjections(Scenario.objection("O1", "2026-07-03T10:30", status)
                .response(Scenario.response("2026-07-08T09:00")).build())
            .addObjections(Scenario.objection("O2", "2026-07-07T09:00", ObjectionStatus.WITHDRAWN).build()));
    if (appealFiled != null) {
      scenario.appeal("P1", appealFiled, a -> a.objection(io.perfcomm.core.interview.ObjectionId.of("O1")));
    }
    return scenario.build();
  }

  @Test
  void whatCameAfterAnInterviewHeldByTheMomentIsLeftOutAndCounted() {
    SeenAtAsOf seen = SeenAtAsOf.of(objected(ObjectionStatus.RESOLVED, null), LocalDateTime.parse("2026-07-06T18:00"));
    Interview interview = seen.cycle().interviews().get(0);
    assertEquals(1, interview.objections().size(), "O2 was not raised yet");
    Objection o1 = interview.objections().get(0);
    assertEquals(ObjectionStatus.OPEN, o1.status(), "not answered, so not resolved yet");
    assertEquals(Optional.empty(), o1.response());
    assertEquals(Optional.empty(), interview.outcome().flatMap(Outcome::signedAt), "not signed yet");
    assertEquals(Agreement.OBJECTED, interview.agreement());
    assertEquals(3, seen.leftOut());
  }

  @Test
  void anObjectionWhoseAppealWasFiledByTheMomentStaysEscalatedWithoutTheLaterAnswer() {
    Objection o1 = SeenAtAsOf.of(objected(ObjectionStatus.ESCALATED, "2026-07-05T09:00"), LocalDateTime.parse("2026-07-06T18:00"))
        .cycle().interviews().get(0).objections().get(0);
    assertEquals(ObjectionStatus.ESCALATED, o1.status());
    assertEquals(Optional.empty(), o1.response());
  }

  @Test
  void aSignatureAtTheInterviewItselfIsKept() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 80, true).interview("T1", "2026-07-03T10:00").build();
    // Signed at 10:45; as of 10:30 the interview is under way: a SIGNED outcome keeps its signature.
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, LocalDateTime.parse("2026-07-03T10:30"));
    assertTrue(seen.cycle().interviews().get(0).resultSigned());
  }
}
