package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of a period: ISO weeks (Monday–Sunday) cut at the period's edges, each standing on its
 * own (DOMAIN.md §6.1). Whether a week is judged for a person is theirs: {@link Week#judged()} counts
 * their working days in it against {@code minWorkingDaysPerWeek}, so a two-day edge piece is simply
 * not judged, and a talk on the 31st never stands in for the week of the 23rd to the 27th.
 */
public final class PeriodWeeks {

  private PeriodWeeks() {}

  /**
   * {@return the weeks of the period, in order, as first and last day}
   *
   * @param period the period
   */
  public static List<DateRange> of(Period period) {
    List<DateRange> weeks = new ArrayList<>();
    LocalDate first = period.start();
    while (!first.isAfter(period.end())) {
      LocalDate sunday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      LocalDate last = sunday.isAfter(period.end()) ? period.end() : sunday;
      weeks.add(new DateRange(first, last));
      first = last.plusDays(1);
    }
    return List.copyOf(weeks);
  }

  /**
   * {@return whether a week (or the part of it in a person's span) is judged for the person: it holds
   * at least minWorkingDaysPerWeek of their working days (DOMAIN.md §6.1)} {@link Week#judged()} is
   * this; the generator asks it too.
   *
   * @param calendar the person's calendar (with their leave)
   * @param week the week, or its part in the person's span
   * @param minWorkingDaysPerWeek the policy's threshold
   */
  public static boolean judged(WorkingCalendar calendar, DateRange week, int minWorkingDaysPerWeek) {
    return calendar.workingDaysBetween(week.first(), week.last()) >= minWorkingDaysPerWeek;
  }

  /** A range of whole days, both ends included. */
  public record DateRange(LocalDate first, LocalDate last) {

    /** {@return how many days the range holds} */
    public long days() {
      return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * {@return whether the day lies in the range}
     *
     * @param day the day
     */
    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }
}
