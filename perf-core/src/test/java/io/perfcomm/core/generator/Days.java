package io.perfcomm.core.generator;

import io.perfcomm.core.Period;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.process.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.SplittableRandom;

/**
 * Picking days for the generator. Which days are worked, and the weeks of the period, are the
 * process layer's ({@link WorkingCalendar}, {@code PeriodWeeks}); this class only draws from them.
 */
final class Days {

  private Days() {}

  /**
   * The company's holidays around a period, as a Chinese company's calendar has them: New Year's Day,
   * 劳动节 1–5 May with the Sunday before worked, 国庆 1–7 October with the Saturday after worked.
   * Fixed dates rather than each year's State Council notice: realistic in shape, stable in tests.
   */
  static CalendarPolicy calendarAround(Period period) {
    CalendarPolicy.Builder calendar = CalendarPolicy.builder();
    LocalDate from = period.start().minusDays(40);
    LocalDate to = period.end().plusDays(40);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      holidays(calendar, LocalDate.of(year, Month.JANUARY, 1), 1, from, to);
      LocalDate mayDay = LocalDate.of(year, Month.MAY, 1);
      holidays(calendar, mayDay, 5, from, to);
      workday(calendar, mayDay.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)), from, to);
      LocalDate nationalDay = LocalDate.of(year, Month.OCTOBER, 1);
      holidays(calendar, nationalDay, 7, from, to);
      workday(calendar, nationalDay.plusDays(6).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)), from, to);
    }
    return calendar.build();
  }

  private static void holidays(CalendarPolicy.Builder calendar, LocalDate first, int days, LocalDate from, LocalDate to) {
    for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
      if (!day.isBefore(from) && !day.isAfter(to) && day.getDayOfWeek().getValue() <= 5) {
        calendar.addHolidays(day);
      }
    }
  }

  private static void workday(CalendarPolicy.Builder calendar, LocalDate day, LocalDate from, LocalDate to) {
    if (!day.isBefore(from) && !day.isAfter(to)) {
      calendar.addWorkdays(day);
    }
  }

  /**
   * A random day from {@code from} to {@code to}, both included, that the person works on; the nearest
   * such day in the range when the drawn one is off; the drawn day when the range has none.
   */
  static LocalDate workday(SplittableRandom random, WorkingCalendar calendar, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    LocalDate day = from.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    for (int step = 0; step <= span; step++) {
      LocalDate later = day.plusDays(step);
      if (!later.isAfter(to) && calendar.worksOn(later)) {
        return later;
      }
      LocalDate earlier = day.minusDays(step);
      if (!earlier.isBefore(from) && calendar.worksOn(earlier)) {
        return earlier;
      }
    }
    return day;
  }

  /** The last day from {@code from} to {@code to} the person works on, if any. */
  static java.util.Optional<LocalDate> lastWorkday(WorkingCalendar calendar, LocalDate from, LocalDate to) {
    for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
      if (calendar.worksOn(day)) {
        return java.util.Optional.of(day);
      }
    }
    return java.util.Optional.empty();
  }
}
