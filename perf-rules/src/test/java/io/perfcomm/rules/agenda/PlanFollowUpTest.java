package io.perfcomm.rules.agenda;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.interview.PlanId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An improvement plan of an earlier period that no communication followed up adds its follow-up. */
class PlanFollowUpTest {

  @Test
  void unfollowedPreviousPlanAddsItsFollowUpBeforeTheNewPlan() {
    Agenda agenda = result(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05"));
    AgendaItem followUp = item(agenda, PLAN_FOLLOW_UP);
    assertEquals(List.of("P0"), followUp.records());
    assertEquals(List.of("agenda.followup.unfollowed", "agenda.followup.action", "agenda.followup.ask"), keys(followUp));
    List<AgendaItemKind> kinds = kinds(agenda);
    assertTrue(kinds.indexOf(PLAN_FOLLOW_UP) < kinds.indexOf(IMPROVEMENT_PLAN));
  }

  @Test
  void followedUpPlanNeedsNoItem() {
    Agenda agenda = result(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05")
        .communication(DAILY, "2026-06-12T10:00", c -> c.followsUpPlan(PlanId.of("P0"))));
    assertTrue(items(agenda, PLAN_FOLLOW_UP).isEmpty());
  }

  @Test
  void thisPeriodsPlanIsNoFollowUp() {
    Agenda agenda = result(scored(june(), true, i -> { }).improvementPlan("P1", "2026-07-03T11:00", p -> { }));
    assertTrue(items(agenda, PLAN_FOLLOW_UP).isEmpty());
  }

  @Test
  void weeklyCheckInFollowsUpTheUnfollowedPlanToo() {
    Agenda agenda = of(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05"), "E1", DAILY);
    assertEquals(1, items(agenda, PLAN_FOLLOW_UP).size());
  }
}
