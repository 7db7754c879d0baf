package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import org.junit.jupiter.api.Test;

/** The agenda API: how an agenda is asked for, and what is refused. */
class AgendaApiTest {

  private static final PerfEngine ENGINE = PerfEngine.withDefaults();

  @Test
  void unknownInterviewIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.agenda(june().build(), InterviewId.of("T-9")));
    assertTrue(e.getMessage().contains("T-9"), e.getMessage());
  }

  @Test
  void unknownEmployeeIsRefusedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.agenda(june().build(), PersonId.of("E-9"), CommunicationType.DAILY));
    assertTrue(e.getMessage().contains("E-9"), e.getMessage());
  }

  @Test
  void resultByEmployeeIsTheAgendaOfTheirInterview() {
    Cycle cycle = june().build();
    assertEquals(ENGINE.agenda(cycle, InterviewId.of("T-CONTROL")),
        ENGINE.agenda(cycle, PersonId.of("CONTROL"), CommunicationType.RESULT));
  }

  @Test
  void resultByEmployeeWithoutInterviewIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.agenda(
        june().employee("E1").indicator("I1", io.perfcomm.core.objective.IndicatorLevel.RESULT, 100).build(),
        PersonId.of("E1"), CommunicationType.RESULT));
    assertTrue(e.getMessage().contains("E1") && e.getMessage().contains("no result interview"), e.getMessage());
  }

  @Test
  void interviewWithoutPlannedMinutesGetsThePolicyMinimum() {
    Agenda agenda = result(scored(june().policy(p -> p.minInterviewMinutes(40)), false,
        i -> i.plannedMinutes(java.util.Optional.empty())));
    assertEquals(40, agenda.plannedMinutes());
  }

  @Test
  void tooFewPlannedMinutesAreRaisedToOneMinutePerItem() {
    Agenda agenda = result(scored(june(), true, i -> i.plannedMinutes(3)));
    assertEquals(agenda.items().size(), agenda.plannedMinutes());
    assertTrue(agenda.items().stream().allMatch(i -> i.minutes() == 1));
  }

  @Test
  void aCheckIsUnchangedByTheAgendaRules() {
    assertEquals(0, ENGINE.check(june().build()).findings().size());
  }

  @Test
  void anAgendaFromTheReportIsTheAgendaOfTheConvenienceThatChecksFirst() {
    Cycle cycle = scored(june(), true, i -> { }).build();
    Report report = ENGINE.check(cycle);
    assertEquals(ENGINE.agenda(cycle, InterviewId.of("T1")), ENGINE.agenda(cycle, report, InterviewId.of("T1")));
    assertEquals(ENGINE.agenda(cycle, PersonId.of("E1"), CommunicationType.DAILY),
        ENGINE.agenda(cycle, report, PersonId.of("E1"), CommunicationType.DAILY));
  }

  @Test
  void aReportOfAnotherPeriodIsRefused() {
    Report may = ENGINE.check(io.perfcomm.core.scenario.Scenario.month("2026-05").employee("CONTROL")
        .followsStandardProcess().build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.agenda(june().build(), may, InterviewId.of("T-CONTROL")));
    assertTrue(e.getMessage().contains("2026-05") && e.getMessage().contains("2026-06"), e.getMessage());
  }

  @Test
  void theAgendaIsForTheMomentOfTheCheck() {
    Cycle cycle = june().asOf("2026-07-02T18:00").build();
    assertEquals(java.time.LocalDateTime.parse("2026-07-02T18:00"), ENGINE.agenda(cycle, InterviewId.of("T-CONTROL")).asOf());
  }
}
