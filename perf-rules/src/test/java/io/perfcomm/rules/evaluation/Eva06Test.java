package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.communication.RecordKind.DAILY_REPORT;
import static io.perfcomm.core.communication.RecordKind.MEETING;
import static io.perfcomm.core.communication.RecordKind.WEEKLY_REPORT;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * EVA-06 weekly summary (周汇总): every week judged for the employee (at least three of their working
 * days) has a WEEKLY_REPORT or MEETING record of theirs dated in it, judged once the week is over.
 * June 2026's weeks are 1–7, 8–14, 15–21, 22–28 and 29–30 (two working days, not judged).
 */
class Eva06Test {

  /** E1 with a weekly report in weeks 1, 2 and 4, and only a daily report in week 3. */
  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100)
        .record("W1", "I1", "2026-06-05").record("W2", "I1", "2026-06-12").record("W4", "I1", "2026-06-26")
        .record(DAILY_REPORT, "D3", "I1", "2026-06-16")
        .scoredAt("2026-07-01T10:00").score("I1", 80, true, "W1");
  }

  @Test
  void firesForAWorkingWeekWithoutAWeeklyReportOrMeeting() {
    given(e1(june()))
        .expect("EVA-06").about("E1").withSeverity(Severity.WARNING).withMessageKey("EVA-06.message").citing("D3")
        .withArgument("week", 3).withArgument("first", LocalDate.of(2026, 6, 15))
        .withArgument("last", LocalDate.of(2026, 6, 21)).withArgument("records", 1).times(1);
  }

  @Test
  void firesOncePerMissingWeekCitingNothingWhenTheWeekHasNoRecord() {
    given(june().employee("E1").indicator("I1", RESULT, 100).record("W1", "I1", "2026-06-01"))
        .expect("EVA-06").about("E1").citing().times(3);
  }

  @Test
  void aMeetingRecordSumsUpTheWeek() {
    given(e1(june()).record(MEETING, "M3", "I1", "2026-06-17")).expectNone("EVA-06");
  }

  @Test
  void aWeeklyReportOnTheWeeksLastDayCounts() {
    given(e1(june()).record(WEEKLY_REPORT, "W3", "I1", "2026-06-21")).expectNone("EVA-06");
  }

  @Test
  void aWeeklyReportTheDayAfterTheWeekDoesNotCountForIt() {
    given(e1(june()).record(WEEKLY_REPORT, "W3", "I1", "2026-06-22"))
        .expect("EVA-06").about("E1").withArgument("week", 3).times(1);
  }

  @Test
  void aWeekOfLeaveIsNotJudged() {
    given(e1(june()).onLeave("2026-06-15", "2026-06-21", AbsenceKind.ANNUAL)).expectNone("EVA-06");
  }

  @Test
  void aWeekOfPublicHolidaysIsNotJudged() {
    CalendarPolicy holidays = CalendarPolicy.builder().addHolidays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16),
        LocalDate.of(2026, 6, 17), LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 19)).build();
    given(e1(june().policy(p -> p.calendar(holidays)))).expectNone("EVA-06");
  }

  @Test
  void aWeekWithAMakeUpWorkingSaturdayIsJudged() {
    // 15–17 June off, Thursday, Friday and the make-up Saturday worked: three working days.
    CalendarPolicy holidays = CalendarPolicy.builder().addHolidays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16),
        LocalDate.of(2026, 6, 17))
        .addWorkdays(LocalDate.of(2026, 6, 20)).build();
    given(e1(june().policy(p -> p.calendar(holidays))))
        .expect("EVA-06").about("E1").withArgument("week", 3).times(1);
  }

  @Test
  void theWeekUnderWayIsOnlyAReminder() {
    given(june().asOf("2026-06-16T12:00").employee("E1").indicator("I1", RESULT, 100)
            .record("W1", "I1", "2026-06-05").record("W2", "I1", "2026-06-12"))
        // The control's own report of week 3 is still due at asOf (DOMAIN.md §6.1): only E1 is asserted.
        .expect("EVA-06").concerning("E1").withSeverity(Severity.INFO).withMessageKey("EVA-06.due.message")
        .withArgument("week", 3).times(1)
        .and().expectNo("EVA-06", Severity.WARNING).about("E1");
  }

  @Test
  void weeksStillAheadAreNotJudged() {
    given(june().asOf("2026-06-14T18:00").employee("E1").indicator("I1", RESULT, 100)
            .record("W1", "I1", "2026-06-05").record("W2", "I1", "2026-06-12"))
        .expectNone("EVA-06");
  }

  @Test
  void aWeekWithTwoWorkingDaysIsNotJudged() {
    CalendarPolicy holidays = CalendarPolicy.builder().addHolidays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16),
        LocalDate.of(2026, 6, 17)).build();
    given(e1(june().policy(p -> p.calendar(holidays)))).expectNone("EVA-06");
  }

  @Test
  void aNewHireIsNotAskedForWeeksBeforeTheFirstDay() {
    // Hired Thursday 11 June: 8–14 holds two of their working days and is not judged; 15–21 is.
    given(june().employee("E1").hiredOn("2026-06-11").indicator("I1", RESULT, 100)
            .record("W4", "I1", "2026-06-26"))
        .expect("EVA-06").about("E1").withArgument("week", 3).withArgument("first", LocalDate.of(2026, 6, 15))
        .times(1);
  }

  @Test
  void aLeaverIsNotAskedForWeeksAfterTheLastDay() {
    // Left Wednesday 17 June: 15–17 holds three working days and is judged, cut to the 17th.
    given(june().employee("E1").leftOn("2026-06-17").indicator("I1", RESULT, 100)
            .record("W1", "I1", "2026-06-05").record("W2", "I1", "2026-06-12"))
        .expect("EVA-06").about("E1").withArgument("week", 3).withArgument("last", LocalDate.of(2026, 6, 17))
        .times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-06")))).expectNone("EVA-06");
  }
}
