package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.organisation.PersonId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A sensitive purpose (dismissal, demotion, improvement warning) puts a PREPARATION item first. */
class SensitivePurposeTest {

  @Test
  void dismissalAddsPreparationFirstNamingTheSupportPresent() {
    Cycle cycle = scored(june().hr("HR1"), true, i -> i
        .purpose(Purpose.builder().kind(PurposeKind.DISMISSAL).build())
        .preparation("records of three warnings, legal review").addSupport(PersonId.of("HR1"))).build();
    Agenda agenda = result(cycle, "T1");
    assertEquals(PREPARATION, agenda.items().get(0).kind());
    AgendaItem preparation = item(agenda, PREPARATION);
    assertEquals("agenda.preparation.title", preparation.title().key());
    assertEquals(PurposeKind.DISMISSAL, preparation.title().arguments().get("purpose"));
    assertEquals(java.util.List.of("agenda.preparation.prepared", "agenda.preparation.support",
        "agenda.preparation.DISMISSAL", "agenda.preparation.reactions"), ownKeys(preparation));
    assertTrue(agenda.render(preparation.points().get(1), Locale.ENGLISH).contains("HR1"));
    assertEquals(ownRecordsAndFindings(cycle, preparation, java.util.List.of("T1")), preparation.records());
  }

  @Test
  void dismissalHasNoImprovementPlanAndNoNextPeriod() {
    Agenda agenda = result(scored(june(), true, i -> i.purpose(Purpose.builder().kind(PurposeKind.DISMISSAL).build())));
    assertFalse(kinds(agenda).contains(IMPROVEMENT_PLAN));
    assertFalse(kinds(agenda).contains(NEXT_PERIOD));
  }

  @Test
  void warningWithoutPreparationOrSupportSaysSo() {
    Agenda agenda = result(scored(june(), true, i -> i
        .purpose(Purpose.builder().kind(PurposeKind.IMPROVEMENT_WARNING).build())));
    assertEquals(PREPARATION, agenda.items().get(0).kind());
    assertTrue(keys(item(agenda, PREPARATION)).containsAll(java.util.List.of("agenda.preparation.unprepared",
        "agenda.preparation.unsupported", "agenda.preparation.IMPROVEMENT_WARNING")));
  }

  @Test
  void ordinaryResultReviewHasNoPreparation() {
    Agenda agenda = result(scored(june(), true, i -> { }));
    assertEquals(PURPOSE, agenda.items().get(0).kind());
    assertTrue(items(agenda, PREPARATION).isEmpty());
    assertTrue(items(result(june().build(), "T-CONTROL"), PREPARATION).isEmpty());
  }
}
