package io.perfcomm.rules.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaItem;
import java.util.HashSet;
import java.util.List;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Fixtures;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import org.junit.jupiter.api.Test;

/** {@code PerfEngine.check(cycle, employee)}: one employee's findings, without checking the others. */
class OneEmployeeCheckTest {

  @Test
  void givesOnlyThatEmployeesFindings() {
    Cycle cycle = Fixtures.scored(Fixtures.june()).asOf("2026-07-10T09:00").build();
    Report one = PerfEngine.withDefaults().check(cycle, PersonId.of("E1"));
    assertTrue(one.findings().stream().allMatch(f -> f.employee().equals(java.util.Optional.of(PersonId.of("E1")))));
    assertEquals(PerfEngine.withDefaults().check(cycle).about(PersonId.of("E1")), one.findings());
  }

  @Test
  void aWellRunEmployeeHasNoFindings() {
    Cycle cycle = Fixtures.scored(Fixtures.june()).asOf("2026-07-10T09:00").build();
    assertTrue(PerfEngine.withDefaults().check(cycle, PersonId.of("CONTROL")).findings().isEmpty());
  }

  @Test
  void anAgendaFromTheEmployeesOwnCheckIsTheAgendaFromTheWholeCheck() {
    Cycle cycle = Fixtures.scored(Fixtures.june()).interview("T1", "2026-07-03T10:00").asOf("2026-07-02T09:00").build();
    PerfEngine engine = PerfEngine.withDefaults();
    assertEquals(engine.check(cycle).about(PersonId.of("E1")), engine.check(cycle, PersonId.of("E1")).findings());
    Report one = engine.check(cycle, PersonId.of("E1"));
    assertSameAgenda(engine.agenda(cycle, engine.check(cycle), InterviewId.of("T1")), engine.agenda(cycle, one, InterviewId.of("T1")));
    assertSameAgenda(engine.agenda(cycle, engine.check(cycle), PersonId.of("E1"), CommunicationType.DAILY),
        engine.agenda(cycle, one, PersonId.of("E1"), CommunicationType.DAILY));
  }

  /**
   * The same items with the same points. Points are compared as sets: the agenda lists several findings
   * of one checkpoint (EVA-06's weeks) in an order that varies from one agenda to the next, even from
   * the same report.
   */
  private static void assertSameAgenda(Agenda expected, Agenda actual) {
    assertEquals(expected.items().size(), actual.items().size());
    for (int i = 0; i < expected.items().size(); i++) {
      AgendaItem e = expected.items().get(i);
      AgendaItem a = actual.items().get(i);
      assertEquals(List.of(e.kind(), e.title(), e.minutes(), e.records()), List.of(a.kind(), a.title(), a.minutes(), a.records()));
      assertEquals(new HashSet<>(e.points()), new HashSet<>(a.points()));
    }
  }

  @Test
  void anUnknownOrNonEmployeePersonIsRefusedByName() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").build();
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PerfEngine.withDefaults().check(cycle, PersonId.of("NOBODY")));
    assertEquals("the cycle has no employee NOBODY", unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PerfEngine.withDefaults().check(cycle, PersonId.of("M1")));
  }
}
