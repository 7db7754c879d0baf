package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of a period: ISO weeks (Monday–Sunday) clipped to the period, where a clipped piece of
 * fewer than four days at either edge joins its neighbour, following the ISO-8601 rule that a week
 * belongs where most of its days (its Thursday) fall. So June 2026 (Mon 1st – Tue 30th) has the
 * weeks 1–7, 8–14, 15–21 and 22–30: a two-day stub never demands a week of its own, no stretch
 * longer than ten days goes unjudged, and the ISO week that straddles two monthly periods is never
 * asked for twice. A period shorter than four days is one week.
 */
public final class PeriodWeeks {

  /** The majority of a week's seven days (ISO 8601), not a policy threshold. */
  private static final int MAJORITY = 4;

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
    if (weeks.size() > 1 && weeks.get(0).days() < MAJORITY) {
      DateRange stub = weeks.remove(0);
      weeks.set(0, new DateRange(stub.first(), weeks.get(0).last()));
    }
    int end = weeks.size() - 1;
    if (end > 0 && weeks.get(end).days() < MAJORITY) {
      DateRange stub = weeks.remove(end);
      weeks.set(end - 1, new DateRange(weeks.get(end - 1).first(), stub.last()));
    }
    return List.copyOf(weeks);
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
