package io.perfcomm.core.process;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One week of the period ({@link PeriodWeeks}) as one employee lived it, cut to their {@link Span}
 * and judged at {@code asOf} (DOMAIN.md §6.1 "weeks judged"): it is judged for them when it holds at
 * least {@code minWorkingDaysPerWeek} of their working days, and it stands on its own.
 *
 * @param index the week's place in the period, from 1
 * @param firstDay its first day in the employee's span
 * @param lastDay its last day in the employee's span
 * @param startsAt the first moment of {@code firstDay}
 * @param endsAt the first moment after {@code lastDay}
 * @param over whether the week was over at {@code asOf}
 * @param current whether {@code asOf} falls in the week
 * @param workingDays the employee's working days in it: in their span, not on leave, not a holiday, make-up days counted
 * @param judged whether it holds at least {@code minWorkingDaysPerWeek} of them: EVA-06 and the DAILY agenda judge only these
 * @param keyPositionFrom the first moment of the week the employee held a key position; {@code endsAt} when they held none in it
 * @param keyPositionJudged whether it holds at least {@code minWorkingDaysPerWeek} working days in the key position: COM-01 judges only these
 */
public record Week(int index, LocalDate firstDay, LocalDate lastDay, LocalDateTime startsAt, LocalDateTime endsAt,
    boolean over, boolean current, int workingDays, boolean judged, LocalDateTime keyPositionFrom, boolean keyPositionJudged) {

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
