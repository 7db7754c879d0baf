package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.policy.PlanRequirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No missed target shrinks the improvement part; a missed one gets more time and resource suggestions. */
class ShortfallTest {

  @Test
  void noShortfallShrinksTheImprovementPartToADevelopmentGoal() {
    AgendaItem plan = item(result(scored(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ON_SHORTFALL)), false,
        i -> { })), IMPROVEMENT_PLAN);
    assertEquals("agenda.plan.development.title", plan.title().key());
    assertEquals(List.of("agenda.plan.development"), ownKeys(plan));
  }

  @Test
  void aMissedTaskIndicatorGetsAFullPlanWithTrainingAndNetworkSupport() {
    AgendaItem plan = item(result(scored(june(), true, i -> { })), IMPROVEMENT_PLAN);
    assertEquals("agenda.plan.title", plan.title().key());
    assertEquals(List.of("agenda.plan.causes", "agenda.plan.resources.TASK", "agenda.plan.methods", "agenda.plan.record"),
        ownKeys(plan));
  }

  @Test
  void theShortfallTakesMinutesFromTheRest() {
    Agenda met = result(scored(june(), false, i -> { }));
    Agenda missed = result(scored(june(), true, i -> { }));
    assertTrue(item(missed, IMPROVEMENT_PLAN).minutes() > item(met, IMPROVEMENT_PLAN).minutes());
    assertTrue(items(missed, RESULT_REVIEW).get(1).minutes() > items(met, RESULT_REVIEW).get(1).minutes());
    int shortest = met.items().stream().mapToInt(AgendaItem::minutes).min().orElseThrow();
    assertEquals(shortest, item(met, IMPROVEMENT_PLAN).minutes());
  }

  @Test
  void byDefaultAPlanIsAskedAfterEveryInterviewEvenWithoutAShortfall() {
    AgendaItem plan = item(result(scored(june(), false, i -> { })), IMPROVEMENT_PLAN);
    assertEquals(List.of("agenda.plan.development", "agenda.plan.always"), ownKeys(plan));
  }

  @Test
  void policyRequiringAPlanAlwaysAsksForAShortOne() {
    AgendaItem plan = item(result(scored(june().policy(p -> p.improvementPlanRequired(PlanRequirement.ALWAYS)), false,
        i -> { })), IMPROVEMENT_PLAN);
    assertEquals(List.of("agenda.plan.development", "agenda.plan.always"), ownKeys(plan));
  }

  @Test
  void aMissedIndicatorIsRevisitedForNextPeriod() {
    assertEquals(List.of("agenda.nextPeriod.adjust", "agenda.nextPeriod.confirm"),
        keys(item(result(scored(june(), true, i -> { })), NEXT_PERIOD)));
    assertEquals(List.of("agenda.nextPeriod.confirm"), keys(item(result(scored(june(), false, i -> { })), NEXT_PERIOD)));
  }
}
