package io.perfcomm.core.process;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stretch of time in which something counts: from {@code opensAt} (included) to {@code closesAt}
 * (excluded).
 *
 * @param kind which window
 * @param opensAt the first moment that counts
 * @param closesAt the first moment that no longer counts
 */
public record Window(Kind kind, LocalDateTime opensAt, LocalDateTime closesAt) {

  /** The windows of the standard cycle. */
  public enum Kind {
    /** When an indicator talk is this period's (COM-04): {@code indicatorTalkWindowDays} before the confirmation deadline, to its end. */
    INDICATOR_TALK,
    /** When scoring is on time (EVA-05): from the start of the last working day of the employee's {@link Span} to the end of the scoring deadline. */
    SCORING,
    /**
     * The last {@code lastMinuteEvidenceDays} days of the employee's {@link Span} (EVA-02): evidence all inside it looks
     * written from memory; absent when the policy sets 0, and when the employee worked no day of the span before it.
     */
    LAST_MINUTE_EVIDENCE,
    /** When a month-end summary is this period's (EVA-07, as {@link PeriodSummary}): from the start of the {@link Span}'s last {@value EmployeeProcess#SUMMARY_DAYS} days to the end of the scoring deadline. */
    SUMMARY
  }

  /**
   * {@return whether a moment falls in the window}
   *
   * @param moment the moment
   */
  public boolean contains(LocalDateTime moment) {
    return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
  }

  /** {@return the first day of the window} */
  public LocalDate firstDay() {
    return opensAt.toLocalDate();
  }
}
