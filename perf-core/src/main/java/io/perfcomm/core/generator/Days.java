package io.perfcomm.core.generator;

import io.perfcomm.core.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Calendar arithmetic for the generator: working days and the ISO weeks of a period. */
final class Days {

  private Days() {}

  /** The days of one ISO week that fall inside the period; {@code full} when all seven do. */
  record Week(LocalDate first, LocalDate last, boolean full) {

    /** How many days of the week fall inside the period. */
    long days() {
      return ChronoUnit.DAYS.between(first, last) + 1;
    }
  }

  /** Every ISO week that overlaps the period, in order, clipped to it. */
  static List<Week> weeks(Period period) {
    List<Week> weeks = new ArrayList<>(6);
    for (LocalDate monday = period.start().with(DayOfWeek.MONDAY); !monday.isAfter(period.end()); monday = monday.plusWeeks(1)) {
      LocalDate sunday = monday.plusDays(6);
      LocalDate first = monday.isBefore(period.start()) ? period.start() : monday;
      LocalDate last = sunday.isAfter(period.end()) ? period.end() : sunday;
      weeks.add(new Week(first, last, first.equals(monday) && last.equals(sunday)));
    }
    return weeks;
  }

  /** A random day from {@code from} to {@code to}, both included, moved off the weekend where the range allows. */
  static LocalDate workday(SplittableRandom random, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    LocalDate day = from.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    return offWeekend(day, from, to);
  }

  /** The day itself on a weekday, else the nearest weekday within the range, else the day itself. */
  static LocalDate offWeekend(LocalDate day, LocalDate from, LocalDate to) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
      return day;
    }
    LocalDate before = day.minusDays(weekday == DayOfWeek.SATURDAY ? 1 : 2);
    LocalDate after = day.plusDays(weekday == DayOfWeek.SATURDAY ? 2 : 1);
    if (!after.isAfter(to)) {
      return after;
    }
    return before.isBefore(from) ? day : before;
  }

  /** The day itself on a weekday, else the Monday after. */
  static LocalDate nextWorkday(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY ? day.plusDays(2) : weekday == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
