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

  /** The company's calendar, counting deadlines as {@code dayCount} says. */
  public static WorkingCalendar of(CalendarPolicy calendar, DayCount dayCount) {
    return new WorkingCalendar(Set.copyOf(calendar.holidays()), Set.copyOf(calendar.workdays()),
        Objects.requireNonNull(dayCount, "dayCount"), List.of());
  }

  /** Monday to Friday, no holidays, calendar-day deadlines. */
  public static WorkingCalendar weekdays() {
    return of(CalendarPolicy.weekdays(), DayCount.CALENDAR);
  }

  /** This calendar for one person, whose leave is given. */
  public WorkingCalendar withLeave(List<Absence> absences) {
    return new WorkingCalendar(holidays, workdays, dayCount, List.copyOf(absences));
  }

  /** Whether the company works on the day. */
  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** Whether the person works on the day: a company working day outside their leave. */
  public boolean worksOn(LocalDate day) {
    return isWorkingDay(day) && leave.stream().noneMatch(absence -> absence.covers(day));
  }

  /** Whether the person works on any day from {@code first} to {@code last}, both included. */
  public boolean worksBetween(LocalDate first, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (worksOn(day)) {
        return true;
      }
    }
    return false;
  }

  /** How many days from {@code first} to {@code last}, both included, the person works on (none when {@code last} is before {@code first}). */
  public int workingDaysBetween(LocalDate first, LocalDate last) {
    int days = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (worksOn(day)) {
        days++;
      }
    }
    return days;
  }

  /** The day itself when the company works on it, otherwise the next day it does. */
  public LocalDate onOrNextWorkingDay(LocalDate day) {
    LocalDate next = day;
    // Ends: only listed holidays stop a weekday from working, so at most that many steps plus a weekend.
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** The last day on or before {@code day} the company works on, no earlier than {@code floor}. */
  public LocalDate onOrPreviousWorkingDay(LocalDate day, LocalDate floor) {
    LocalDate previous = day;
    while (!isWorkingDay(previous) && previous.isAfter(floor)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }

  /**
   * The last day allowed for something due {@code days} days after {@code from}: calendar or working
   * days as the policy counts them, moved to the next working day when it falls on a day off (as
   * Chinese law counts 期限). Zero days is {@code from} itself, moved the same way.
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

  /** How deadlines count their days. */
  public DayCount dayCount() {
    return dayCount;
  }
}
