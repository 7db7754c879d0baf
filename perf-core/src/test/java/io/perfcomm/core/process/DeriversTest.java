package io.perfcomm.core.process;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each management system's deriver on its own: what it derives from the records, and what it takes from another's facts. */
class DeriversTest {

  private static Givens givens(Scenario scenario) {
    Cycle cycle = scenario.build();
    Person employee = cycle.person(PersonId.of("E1")).orElseThrow();
    EffectivePolicy policy = cycle.policy().effective();
    CycleIndex index = CycleIndex.of(cycle);
    WorkingCalendar calendar = EmployeeProcess.calendar(policy).withLeave(index.absences(employee.id()));
    return new Givens(index, employee, cycle.period(), policy, calendar, Span.of(cycle.period(), employee),
        cycle.asOf().orElseThrow());
  }

  private static Scenario scored() {
    return Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00");
  }

  @Test
  void objectivesGiveTheConfirmationDeadlineAndTheIndicatorsInEffect() {
    ObjectivesFacts facts = ObjectivesFacts.derive(givens(scored().score("I1", 90, true)));
    assertEquals(List.of(DeadlineKind.CONFIRMATION), facts.deadlines().stream().map(Deadline::kind).toList());
    assertEquals(List.of(IndicatorId.of("I1")), facts.indicators().stream().map(IndicatorInEffect::indicator).toList());
  }

  @Test
  void communicationCountsOnlyDailyTalksInTheSpanAsCoaching() {
    CommunicationFacts facts = CommunicationFacts.derive(givens(scored().score("I1", 90, true)
        .communication(CommunicationType.DAILY, "2026-06-10T10:00", "I1")
        .communication(CommunicationType.DAILY, "2026-07-02T10:00", "I1")));
    assertEquals(1, facts.coaching().size());
  }

  @Test
  void evaluationGivesAShortfallForEachMissedTarget() {
    EvaluationFacts facts = EvaluationFacts.derive(givens(scored().score("I1", 60, false)));
    assertEquals(List.of(new Shortfall(EvaluationId.of("V-E1"), IndicatorId.of("I1"))), facts.shortfalls());
  }

  @Test
  void interviewFindsThePlanAgreedAtIt() {
    InterviewFacts facts = InterviewFacts.derive(givens(scored().score("I1", 60, false)
        .improvementPlan("PL1", "2026-07-03T11:00", p -> { })
        .interview("T1", "2026-07-03T10:00", i -> i.startedAt(java.time.LocalDateTime.parse("2026-07-03T10:00"))
            .endedAt(java.time.LocalDateTime.parse("2026-07-03T11:00")).improvementPlan(PlanId.of("PL1")))));
    assertEquals(List.of(new PlanAgreedAtInterview(EvaluationId.of("V-E1"), InterviewId.of("T1"), PlanId.of("PL1"))),
        facts.plansAgreed());
  }

  @Test
  void applicationNeedsNoTalkForAPlanTheInterviewSystemSaysWasAgreedAtTheInterview() {
    Givens givens = givens(scored().score("I1", 60, false)
        .applied("P1", "2026-07-05T10:00", ApplicationAction.IMPROVEMENT_PLAN));
    PlanAgreedAtInterview agreed = new PlanAgreedAtInterview(EvaluationId.of("V-E1"), InterviewId.of("T1"), PlanId.of("PL1"));
    assertTrue(talks(ApplicationFacts.derive(givens, List.of(agreed), List.of())).isEmpty());
    assertEquals(1, talks(ApplicationFacts.derive(givens, List.of(), List.of())).size());
  }

  private static List<Deadline> talks(ApplicationFacts facts) {
    return facts.deadlines().stream().flatMap(List::stream).filter(d -> d.kind() == DeadlineKind.APPLICATION_TALK).toList();
  }

  @Test
  void appealGivesNoDisputeWithoutObjectionOrAppeal() {
    AppealFacts facts = AppealFacts.derive(givens(scored().score("I1", 60, false)), List.of(), List.of(), List.of());
    assertTrue(facts.disputes().isEmpty());
    assertTrue(facts.deadlines().isEmpty());
  }
}
