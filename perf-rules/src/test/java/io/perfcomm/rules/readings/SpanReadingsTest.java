package io.perfcomm.rules.readings;

import static io.perfcomm.rules.Fixtures.assertClean;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A person's own span (DOMAIN.md §6.1): a new hire is judged from the first day, a leaver owes
 * nothing due after the last working day. April 2026 starts on a Wednesday; the 15th is a Wednesday.
 */
class SpanReadingsTest {

  /** April 2026 with an employee CONTROL there all month, following the standard process. */
  private static Scenario april() {
    return Scenario.month("2026-04").asOf("2026-05-28T18:00").employee("CONTROL").followsStandardProcess();
  }

  @Test
  void newHireWhoseMonthIsRunByTheBookGivesNoErrorOrWarning() {
    // Indicators approved on the 13th, role talk, indicator talk and signature on her first day.
    assertClean(april().employee("E1").named("周婷").hiredOn("2026-04-15").positionSince("2026-04-15")
        .evaluatorSince("2026-04-15").followsStandardProcess().build());
  }

  @Test
  void newHireWhoSignsFourDaysAfterStartingGivesObj02() {
    given(april().employee("E1").hiredOn("2026-04-15").followsStandardProcess().signedAt("2026-04-19T10:00"))
        .expect("OBJ-02").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-02.late.message")
        .withArgument("deadline", LocalDate.parse("2026-04-15")).times(1)
        .and().expectNo("OBJ-02").about("CONTROL");
  }

  @Test
  void newHiresIndicatorsApprovedAfterTheFirstDayGiveObj01() {
    given(april().employee("E1").hiredOn("2026-04-15")
            .indicator("I1", RESULT, 100, i -> i.approvedAt(java.time.LocalDateTime.parse("2026-04-16T09:00")))
            .signedAt("2026-04-15T11:00"))
        .expect("OBJ-01").about("E1").withArgument("deadline", LocalDate.parse("2026-04-15")).times(1);
    given(april().employee("E1").hiredOn("2026-04-15")
            .indicator("I1", RESULT, 100, i -> i.approvedAt(java.time.LocalDateTime.parse("2026-04-15T09:00")))
            .signedAt("2026-04-15T11:00"))
        .expectNone("OBJ-01");
  }

  @Test
  void newHiresIndicatorTalkOnTheFirstDayIsInTime() {
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.INDICATOR, "2026-04-15T09:30", "I1"))
        .expectNone("COM-04");
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.INDICATOR, "2026-04-16T09:30", "I1"))
        .expect("COM-04").about("E1").withArgument("deadline", LocalDate.parse("2026-04-15")).times(1);
  }

  @Test
  void leaverWhoseMonthIsRunByTheBookGivesNoErrorOrWarning() {
    assertClean(april().employee("E1").named("吴刚").leftOn("2026-04-22").followsStandardProcess().build());
  }

  @Test
  void leaverNotScoredGetsOneNoteThatNothingIsDue() {
    given(april().employee("E1").leftOn("2026-04-22").followsStandardProcess())
        .expect("EVA-05").about("E1").withSeverity(Severity.INFO).withMessageKey("EVA-05.left.message")
        .withArgument("leftOn", LocalDate.parse("2026-04-22")).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void leaverScoredOnTheLastDayOwesNoInterviewOrApplication() {
    given(april().employee("E1").leftOn("2026-04-22").indicator("I1", RESULT, 100)
            .scoredAt("2026-04-22T15:00").score("I1", 80, true))
        .expectNone("INT-01")
        .expectNone("APP-01")
        .expectNo("EVA-05", Severity.ERROR).about("E1");
  }

  @Test
  void dismissedEmployeeWhoLeavesAfterThePeriodOwesNoApplicationTalkAfterTheLastDay() {
    // Scored 30 April, pay applied on 5 May, last working day 6 May: the talk due by 12 May is not owed.
    given(april().employee("E1").leftOn("2026-05-06").indicator("I1", RESULT, 100)
            .scoredAt("2026-04-30T15:00").score("I1", 50, false).applied("A1", "2026-05-05T09:00", ApplicationAction.PAY))
        .expectNone("COM-06");
  }

  @Test
  void employeeWhoLeavesOnTheDayTheApplicationTalkIsDueStillOwesIt() {
    given(april().employee("E1").leftOn("2026-05-12").indicator("I1", RESULT, 100)
            .scoredAt("2026-04-30T15:00").score("I1", 50, false).applied("A1", "2026-05-05T09:00", ApplicationAction.PAY))
        .expect("COM-06").about("E1").withSeverity(Severity.ERROR).withArgument("deadline", LocalDate.parse("2026-05-12"))
        .times(1)
        .and().expectNo("COM-06").about("CONTROL");
  }

  @Test
  void someoneOnLeaveEveryWorkingDayOfThePeriodOwesNothingOfIt() {
    // On maternity leave from 20 March to 20 May: no indicators to sign for April, no talks, no score.
    // Used to give OBJ-01, OBJ-02, COM-04, COM-02 and EVA-05 errors and an EVA-07 warning.
    assertClean(april().employee("E1").named("陈晨").onLeave("2026-03-20", "2026-05-20", AbsenceKind.MATERNITY).build());
  }

  @Test
  void someoneOnLeaveEveryWorkingDayGetsOneNoteThatNothingIsDueCitingTheLeave() {
    given(april().employee("E1").onLeave("2026-03-20", "2026-05-20", AbsenceKind.MATERNITY))
        .expect("EVA-05").about("E1").withSeverity(Severity.INFO).withMessageKey("EVA-05.onLeave.message")
        .withArgument("first", LocalDate.parse("2026-04-01")).withArgument("last", LocalDate.parse("2026-04-30"))
        .citing("L-E1-1").times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void someoneAtWorkOnOneDayOfThePeriodGetsNoNoteOfLeave() {
    // Back on Thursday 30 April: the month is theirs to be scored for (EVA-05 ERROR, below), no note of leave.
    given(april().employee("E1").onLeave("2026-03-20", "2026-04-29", AbsenceKind.MATERNITY))
        .expectNo("EVA-05", Severity.INFO).about("E1");
  }

  @Test
  void someoneBackFromLeaveOnThePeriodsLastDayIsScored() {
    given(april().employee("E1").onLeave("2026-03-20", "2026-04-29", AbsenceKind.MATERNITY))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.missing.message").times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void someoneOnLeaveAtThePeriodStartConfirmsOnTheFirstDayBack() {
    // Annual leave Wednesday 1 to Friday 3 April; back on Monday 6 April, the talk and the signature that
    // morning are in time. Used to be two errors: OBJ-02 and COM-04 "late, after 1 April".
    given(april().employee("E1").onLeave("2026-04-01", "2026-04-03", AbsenceKind.ANNUAL).indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.INDICATOR, "2026-04-06T09:00", "I1")
            .signedAt("2026-04-06T09:30"))
        .expectNone("OBJ-02")
        .expectNone("COM-04");
    given(april().employee("E1").onLeave("2026-04-01", "2026-04-03", AbsenceKind.ANNUAL).indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.INDICATOR, "2026-04-06T09:00", "I1")
            .signedAt("2026-04-07T09:30"))
        .expect("OBJ-02").about("E1").withMessageKey("OBJ-02.late.message")
        .withArgument("deadline", LocalDate.parse("2026-04-06")).times(1)
        .and().expectNo("OBJ-02").about("CONTROL");
  }

  @Test
  void newHireNeedsARoleTalkBeforeScoring() {
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .scoredAt("2026-05-01T10:00").score("I1", 80, true))
        .expect("COM-05").about("E1").withSeverity(Severity.ERROR).withArgument("since", LocalDate.parse("2026-04-15"))
        .times(1)
        .and().expectNo("COM-05").about("CONTROL");
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.ROLE, "2026-04-15T09:00")
            .scoredAt("2026-05-01T10:00").score("I1", 80, true))
        .expectNone("COM-05");
  }

  @Test
  void newHiresCommunicationsCountFromTheFirstDay() {
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-04-15T10:00", "I1")
            .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-04-22T10:00", "I1")
            .scoredAt("2026-05-01T10:00").score("I1", 80, true))
        .expectNone("COM-02");
    // A talk dated before the first day (an interview before hiring) is not one of the period's.
    given(april().employee("E1").hiredOn("2026-04-15").indicator("I1", RESULT, 100)
            .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-04-10T10:00", "I1")
            .communication(io.perfcomm.core.communication.CommunicationType.DAILY, "2026-04-22T10:00", "I1")
            .scoredAt("2026-05-01T10:00").score("I1", 80, true))
        .expect("COM-02").about("E1").withArgument("count", 1).times(1);
  }

  @Test
  void aWeeklyReportInTheTailDoesNotCoverTheWeekBeforeIt() {
    // June 2026 ends on a Tuesday: a report on the 30th is in 29–30, not in 22–28.
    given(Scenario.month("2026-06").employee("CONTROL").followsStandardProcess().employee("E1")
            .indicator("I1", RESULT, 100).record("W1", "I1", "2026-06-05").record("W2", "I1", "2026-06-12")
            .record("W3", "I1", "2026-06-19").record("W5", "I1", "2026-06-30"))
        .expect("EVA-06").about("E1").withArgument("week", 4).withArgument("first", LocalDate.parse("2026-06-22"))
        .withArgument("last", LocalDate.parse("2026-06-28")).times(1)
        .and().expectNo("EVA-06").about("CONTROL");
  }
}
