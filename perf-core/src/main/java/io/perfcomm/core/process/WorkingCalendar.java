package io.perfcomm.core.process;

import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.policy.DayCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working days of the company, and of one person on top of it (DOMAIN.md §6.1): Monday to
 * Friday work except the policy's holidays (法定节假日); its make-up working days (调休上班) work
 * too; a person's leave is not worked by them. Immutable and thread-safe.
 */
public final class WorkingCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;
  private final DayCount dayCount;
  private final List<Absence> leave;

  private WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, DayCount dayCount, List<Absence> leave) {
    this.holidays = holidays;
    this.workdays = workdays;
    this.dayCount = dayCount;
    this.leave = leave;
  }

  /**
   * {@return the company's calendar, counting deadlines as {@code dayCount} says}
   *
   * @param calendar the calendar
   * @param dayCount how deadlines count their days
   */
  public static WorkingCalendar of(CalendarPolicy calendar, DayCount dayCount) {
    return new WorkingCalendar(Set.copyOf(calendar.holidays()), Set.copyOf(calendar.workdays()),
        Objects.requireNonNull(dayCount, "dayCount"), List.of());
  }

  /** {@return Monday to Friday, no holidays, calendar-day deadlines} */
  public static WorkingCalendar weekdays() {
    return of(CalendarPolicy.weekdays(), DayCount.CALENDAR);
  }

  /**
   * {@return this calendar for one person, whose leave is given}
   *
   * @param absences the person's leave
   */
  public WorkingCalendar withLeave(List<Absence> absences) {
    return new WorkingCalendar(holidays, workdays, dayCount, List.copyOf(absences));
  }

  /**
   * {@return whether the company works on the day}
   *
   * @param day the day
   */
  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * {@return whether the person works on the day: a company working day outside their leave}
   *
   * @param day the day
   */
  public boolean worksOn(LocalDate day) {
    return isWorkingDay(day) && leave.stream().noneMatch(absence -> absence.covers(day));
  }

  /**
   * {@return whether the person works on any day from {@code first} to {@code last}, both included}
   *
   * @param first the first day
   * @param last the last day, included
   */
  public boolean worksBetween(LocalDate first, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (worksOn(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return how many days from first to last, both included, the person works on (none when last is before first)}
   *
   * @param first the first day
   * @param last the last day
   */
  public int workingDaysBetween(LocalDate first, LocalDate last) {
    int days = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (worksOn(day)) {
        days++;
      }
    }
    return days;
  }

  /**
   * {@return the day itself when the company works on it, otherwise the next day it does}
   *
   * @param day the day
   */
  public LocalDate onOrNextWorkingDay(LocalDate day) {
    LocalDate next = day;
    // Ends: only listed holidays stop a weekday from working, so at most that many steps plus a weekend.
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /**
   * {@return the last day on or before {@code day} the company works on, no earlier than {@code floor}}
   *
   * @param day the day
   * @param floor the earliest day to return
   */
  public LocalDate onOrPreviousWorkingDay(LocalDate day, LocalDate floor) {
    LocalDate previous = day;
    while (!isWorkingDay(previous) && previous.isAfter(floor)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }

  /**
   * {@return the last day allowed for something due {@code days} days after {@code from}: calendar or working
   * days as the policy counts them, moved to the next working day when it falls on a day off (as
   * Chinese law counts 期限)} Zero days is {@code from} itself, moved the same way.
   *
   * @param from the day the days are counted from
   * @param days how many days are allowed
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate deadline(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days " + days + " is negative");
    }
    LocalDate day = from;
    if (dayCount == DayCount.WORKING) {
      for (int counted = 0; counted < days; ) {
        day = day.plusDays(1);
        if (isWorkingDay(day)) {
          counted++;
        }
      }
    } else {
      day = from.plusDays(days);
    }
    return onOrNextWorkingDay(day);
  }

  /** {@return how deadlines count their days} */
  public DayCount dayCount() {
    return dayCount;
  }
}
