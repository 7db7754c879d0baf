package io.perfcomm.core.process;

import io.perfcomm.core.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A named deadline of one record (the subject: the evaluation, objection, appeal, application or
 * interview it is for; the period for period-wide ones): the last day allowed, the first moment
 * after it, and whether that moment had come at {@code asOf}. A day deadline has passed once its
 * whole day is over (DOMAIN.md §6.1).
 *
 * @param kind which deadline
 * @param subject the id of the record it is for
 * @param day the last day allowed (already moved off a non-working day)
 * @param closesAt the first moment that is late
 * @param passed whether {@code closesAt} had come at {@code asOf}
 */
public record Deadline(DeadlineKind kind, Id<?> subject, LocalDate day, LocalDateTime closesAt, boolean passed) {

  /**
   * Checks the deadline.
   *
   * @param kind which deadline
   * @param subject the id of the record it is for
   * @param day the last day allowed (already moved off a non-working day)
   * @param closesAt the first moment that is late
   * @param passed whether {@code closesAt} had come at {@code asOf}
   */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(closesAt, "closesAt");
  }

  /**
   * {@return a deadline of a whole day: late from the start of the next day}
   *
   * @param kind the kind
   * @param subject the id of the record the deadline is for
   * @param day the last day allowed
   * @param asOf the moment of the check
   */
  public static Deadline onDay(DeadlineKind kind, Id<?> subject, LocalDate day, LocalDateTime asOf) {
    LocalDateTime closes = day.plusDays(1).atStartOfDay();
    return new Deadline(kind, subject, day, closes, !asOf.isBefore(closes));
  }

  /**
   * {@return a deadline of an exact moment: late after it}
   *
   * @param kind the kind
   * @param subject the id of the record the deadline is for
   * @param moment the last moment allowed
   * @param asOf the moment of the check
   */
  public static Deadline atMoment(DeadlineKind kind, Id<?> subject, LocalDateTime moment, LocalDateTime asOf) {
    return new Deadline(kind, subject, moment.toLocalDate(), moment, asOf.isAfter(moment));
  }

  /**
   * {@return whether a moment is within the deadline}
   *
   * @param moment when the thing due was done
   */
  public boolean isMetBy(LocalDateTime moment) {
    return kind == DeadlineKind.NOTICE ? !moment.isAfter(closesAt) : moment.isBefore(closesAt);
  }
}
