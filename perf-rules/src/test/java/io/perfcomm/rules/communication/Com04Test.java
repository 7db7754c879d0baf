package io.perfcomm.rules.communication;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COM-04: an indicator communication (月前沟通) with the employee by the confirmation deadline. */
class Com04Test {

  @Test
  void firesWithoutAnyIndicatorCommunication() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("COM-04").about("E1").withSeverity(Severity.ERROR).citing()
        .withArgument("deadline", LocalDate.parse("2026-06-01")).aboutEvaluator("M1").times(1)
        .and().expectNo("COM-04").about("CONTROL");
  }

  @Test
  void aLateIndicatorCommunicationIsCitedButDoesNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-06-02T00:00", "I1"))
        .expect("COM-04").about("E1").citing("C-E1-1").times(1);
  }

  @Test
  void aTalkHeldLateSaysWhenItTookPlace() {
    // Used to read as if no talk had happened, and to say "hold it now" with the period under way.
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-06-04T14:00", "I1")
            .communication(INDICATOR, "2026-06-09T14:00", "I1"))
        .expect("COM-04").about("E1").withMessageKey("COM-04.late.message").matching("advice about next period", f -> f.adviceKey().equals("COM-04.advice"))
        .withArgument("heldAt", java.time.LocalDateTime.parse("2026-06-04T14:00")).citing("C-E1-1", "C-E1-2").times(1);
  }

  @Test
  void aTalkAfterThePeriodIsNotThisPeriodsLateTalk() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-07-01T09:00", "I1"))
        .expect("COM-04").about("E1").withMessageKey("COM-04.message").times(1);
  }

  @Test
  void silentWhenHeldOnTheDeadlineDay() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-06-01T23:59", "I1"))
        .expectNone("COM-04");
  }

  @Test
  void policyDeadlineDaysMoveTheDeadline() {
    given(june().policy(p -> p.confirmationDeadlineDays(3)).employee("E1").indicator("I1", RESULT, 100)
            .communication(INDICATOR, "2026-06-04T15:00", "I1"))
        .expectNone("COM-04");
    given(june().policy(p -> p.confirmationDeadlineDays(3)).employee("E1").indicator("I1", RESULT, 100)
            .communication(INDICATOR, "2026-06-05T09:00", "I1"))
        .expect("COM-04").about("E1").withArgument("deadline", LocalDate.parse("2026-06-04"));
  }

  @Test
  void lastPeriodsIndicatorTalkDoesNotCount() {
    // The window opens 31 days before the 1 June deadline, on 1 May at 00:00.
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-04-30T23:59", "I1"))
        .expect("COM-04").about("E1").withSeverity(Severity.ERROR).citing("C-E1-1")
        .withArgument("windowOpens", LocalDate.parse("2026-05-01")).withArgument("outside", 1).times(1);
  }

  @Test
  void silentWhenHeldAsTheWindowOpens() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-05-01T00:00", "I1"))
        .expectNone("COM-04");
  }

  @Test
  void policyCanNarrowTheWindow() {
    given(june().policy(p -> p.indicatorTalkWindowDays(7)).employee("E1").indicator("I1", RESULT, 100)
            .communication(INDICATOR, "2026-05-24T10:00", "I1"))
        .expect("COM-04").about("E1").withArgument("windowOpens", LocalDate.parse("2026-05-25")).times(1);
  }

  @Test
  void aDeadlineOnASaturdayMovesToMonday() {
    // August 2026 starts on a Saturday: the confirmation deadline is Monday 3 August.
    Scenario august = Scenario.month("2026-08").employee("CONTROL").followsStandardProcess();
    given(august.employee("E1").indicator("I1", RESULT, 100).communication(INDICATOR, "2026-08-03T16:00", "I1"))
        .expectNone("COM-04");
  }

  @Test
  void onlyInfoWhileTheDeadlineIsAhead() {
    // At asOf the control's own indicator talk is still ahead (DOMAIN.md §6.1): due, not missed.
    given(june().asOf("2026-05-28T09:00").employee("E1").indicator("I1", RESULT, 100))
        .expect("COM-04").concerning("E1").withSeverity(Severity.INFO).withMessageKey("COM-04.due.message")
        .withArgument("deadline", LocalDate.parse("2026-06-01")).times(1);
  }

  @Test
  void errorOnceTheDeadlineDayHasPassed() {
    given(june().asOf("2026-06-02T00:00").employee("E1").indicator("I1", RESULT, 100))
        .expect("COM-04").about("E1").withSeverity(Severity.ERROR).times(1);
  }

  @Test
  void disabledByIdInTheEngine() {
    given(june().employee("E1").indicator("I1", RESULT, 100))
        .using(PerfEngine.builder().disable("COM-04").build())
        .expectNone("COM-04");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("COM-04")).employee("E1").indicator("I1", RESULT, 100))
        .expectNone("COM-04");
  }
}
