package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.objective.IndicatorId;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An open objection or a pending appeal adds OBJECTIONS and changes the confirmation step. */
class ObjectionTest {

  private static Objection objection(ObjectionStatus status) {
    return Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I2"))
        .raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("the target moved mid-month").status(status).build();
  }

  @Test
  void openObjectionChangesConfirmationAndIsAnsweredFromTheRecords() {
    Cycle cycle = scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.OPEN))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())).build();
    Agenda agenda = result(cycle, "T1");
    AgendaItem confirmation = item(agenda, CONFIRMATION);
    assertEquals("agenda.confirm.disputed.title", confirmation.title().key());
    assertEquals(List.of("agenda.confirm.disputed.record", "agenda.confirm.disputed.respond",
        "agenda.confirm.disputed.route", "agenda.confirm.copy"), keys(confirmation));
    assertEquals(7, confirmation.points().get(1).arguments().get("days"));
    AgendaItem objections = item(agenda, OBJECTIONS);
    assertEquals(List.of("agenda.objections.objection", "agenda.objections.signed", "agenda.objections.coaching",
        "agenda.objections.records"), ownKeys(objections));
    assertEquals(ownRecordsAndFindings(cycle, objections, List.of("C-E1-2", "O1", "R2", "S-E1")), objections.records());
  }

  @Test
  void openObjectionGetsMoreMinutesThanTheSigningItDisplaces() {
    Agenda agenda = result(scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.OPEN))));
    assertTrue(item(agenda, OBJECTIONS).minutes() > item(agenda, CONFIRMATION).minutes());
  }

  @Test
  void pendingAppealChangesConfirmation() {
    Agenda agenda = result(scored(june(), true, i -> { }).appeal("AP1", "2026-07-04T09:00", a -> { }));
    assertEquals("agenda.confirm.disputed.title", item(agenda, CONFIRMATION).title().key());
    assertTrue(keys(item(agenda, CONFIRMATION)).contains("agenda.confirm.disputed.appeal"));
    assertTrue(item(agenda, OBJECTIONS).records().contains("AP1"));
  }

  @Test
  void resolvedObjectionLeavesTheOrdinaryConfirmation() {
    Agenda agenda = result(scored(june(), true, i -> i.addObjections(objection(ObjectionStatus.RESOLVED))));
    assertEquals("agenda.confirm.title", item(agenda, CONFIRMATION).title().key());
    assertTrue(items(agenda, OBJECTIONS).isEmpty());
  }
}
