package io.perfcomm.core.process;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One week of the period ({@link PeriodWeeks}) as one employee lived it, judged at {@code asOf}.
 *
 * @param index the week's place in the period, from 1
 * @param firstDay its first day
 * @param lastDay its last day
 * @param startsAt the first moment of the week
 * @param endsAt the first moment after it
 * @param over whether the week was over at {@code asOf}
 * @param current whether {@code asOf} falls in the week
 * @param hasWorkingDay whether the employee had a working day in it (not all holidays or leave): EVA-06 judges only these
 * @param keyPositionFrom the first moment of the week the employee held a key position; {@code endsAt} when they held none in it
 * @param keyPositionWorkingDay whether they had a working day in the key position in it: COM-01 judges only these
 */
public record Week(int index, LocalDate firstDay, LocalDate lastDay, LocalDateTime startsAt, LocalDateTime endsAt,
    boolean over, boolean current, boolean hasWorkingDay, LocalDateTime keyPositionFrom, boolean keyPositionWorkingDay) {

  /**
   * {@return whether a moment falls in the week}
   *
   * @param moment the moment
   */
  public boolean contains(LocalDateTime moment) {
    return !moment.isBefore(startsAt) && moment.isBefore(endsAt);
  }

  /**
   * {@return whether a day falls in the week}
   *
   * @param day the day
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
