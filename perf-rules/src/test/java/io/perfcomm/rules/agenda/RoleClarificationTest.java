package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new evaluator relationship (or a new position) adds role clarification to the talk. */
class RoleClarificationTest {

  @Test
  void newEvaluatorAddsRoleClarificationAfterThePurpose() {
    Agenda agenda = result(scored(june(), false, i -> { }).evaluatedBy("M2").evaluatorSince("2026-06-01"));
    AgendaItem roles = item(agenda, ROLES);
    assertEquals("agenda.roles.clarify.title", roles.title().key());
    assertEquals(List.of("agenda.roles.new.evaluator", "agenda.roles.clarify"), keys(roles));
    assertEquals(LocalDate.parse("2026-06-01"), roles.points().get(0).arguments().get("since"));
    assertEquals(ROLES, agenda.items().get(1).kind());
  }

  @Test
  void relationshipThatBeganBeforeThePeriodNeedsNoClarification() {
    Agenda agenda = result(scored(june(), false, i -> { }).evaluatorSince("2026-05-31"));
    assertTrue(items(agenda, ROLES).isEmpty());
  }

  @Test
  void newPositionAddsRoleClarificationToo() {
    Agenda agenda = result(scored(june(), false, i -> { }).positionSince("2026-06-15"));
    assertEquals(List.of("agenda.roles.new.position", "agenda.roles.clarify"), keys(item(agenda, ROLES)));
  }
}
