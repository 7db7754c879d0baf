package io.perfcomm.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.AbsenceId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.policy.DayCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days and deadlines (DOMAIN.md §6.1), with 2026's 国庆 holiday and its make-up Saturday. */
class WorkingCalendarTest {

  /** 国庆 2026: 1–7 October off, Saturday 10 October worked (调休上班). */
  private static final CalendarPolicy NATIONAL_DAY = CalendarPolicy.builder()
      .addHolidays(day(10, 1), day(10, 2), day(10, 5), day(10, 6), day(10, 7))
      .addWorkdays(day(10, 10))
      .build();

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void weekdaysWorkAndWeekendsDoNot() {
    WorkingCalendar calendar = WorkingCalendar.weekdays();
    assertTrue(calendar.isWorkingDay(day(9, 25)));
    assertFalse(calendar.isWorkingDay(day(9, 26)));
    assertFalse(calendar.isWorkingDay(day(9, 27)));
  }

  @Test
  void holidayOnAWeekdayIsNotWorkedAndMakeUpSaturdayIs() {
    WorkingCalendar calendar = WorkingCalendar.of(NATIONAL_DAY, DayCount.CALENDAR);
    assertFalse(calendar.isWorkingDay(day(10, 1)));
    assertTrue(calendar.isWorkingDay(day(10, 10)));
  }

  @Test
  void deadlineOnASundayMovesToMonday() {
    // 2026-05-31 is a Sunday.
    assertEquals(day(6, 1), WorkingCalendar.weekdays().deadline(day(5, 26), 5));
  }

  @Test
  void deadlineInsideNationalDayMovesToTheFirstWorkingDayAfterIt() {
    WorkingCalendar calendar = WorkingCalendar.of(NATIONAL_DAY, DayCount.CALENDAR);
    assertEquals(day(10, 8), calendar.deadline(day(9, 30), 5));
  }

  @Test
  void deadlineOnTheMakeUpSaturdayStaysThere() {
    WorkingCalendar calendar = WorkingCalendar.of(NATIONAL_DAY, DayCount.CALENDAR);
    assertEquals(day(10, 10), calendar.deadline(day(10, 3), 7));
  }

  @Test
  void workingDayCountSkipsTheHolidayAndCountsTheMakeUpSaturday() {
    WorkingCalendar calendar = WorkingCalendar.of(NATIONAL_DAY, DayCount.WORKING);
    // After Wed 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    assertEquals(day(10, 13), calendar.deadline(day(9, 30), 5));
  }

  @Test
  void workingAndCalendarCountsDifferOverAWeekend() {
    assertEquals(day(3, 9), WorkingCalendar.of(CalendarPolicy.weekdays(), DayCount.CALENDAR).deadline(day(3, 2), 7));
    assertEquals(day(3, 11), WorkingCalendar.of(CalendarPolicy.weekdays(), DayCount.WORKING).deadline(day(3, 2), 7));
  }

  @Test
  void zeroDaysIsTheDayItselfMovedOffAWeekend() {
    assertEquals(day(3, 2), WorkingCalendar.weekdays().deadline(day(3, 1), 0));
    assertEquals(day(3, 3), WorkingCalendar.weekdays().deadline(day(3, 3), 0));
  }

  @Test
  void leaveIsNotAWorkingDayOfThePersonButIsOfTheCompany() {
    WorkingCalendar calendar = WorkingCalendar.weekdays().withLeave(List.of(leave(day(3, 9), day(3, 13))));
    assertTrue(calendar.isWorkingDay(day(3, 10)));
    assertFalse(calendar.worksOn(day(3, 10)));
    assertFalse(calendar.worksBetween(day(3, 9), day(3, 15)));
    assertTrue(calendar.worksBetween(day(3, 9), day(3, 16)));
  }

  @Test
  void deadlinesDoNotMoveForAPersonsLeave() {
    WorkingCalendar calendar = WorkingCalendar.weekdays().withLeave(List.of(leave(day(3, 9), day(3, 13))));
    assertEquals(day(3, 10), calendar.deadline(day(3, 3), 7));
  }

  @Test
  void lastWorkingDayOfAMonthEndingOnASundayIsFriday() {
    assertEquals(day(5, 29), WorkingCalendar.weekdays().onOrPreviousWorkingDay(day(5, 31), day(5, 1)));
  }

  static Absence leave(LocalDate from, LocalDate to) {
    return Absence.builder().id(AbsenceId.of("L-" + from)).person(PersonId.of("E-1")).from(from).to(to)
        .kind(AbsenceKind.ANNUAL).build();
  }
}
