package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's own span in the period (DOMAIN.md §6.1): from the later of the period start and
 * {@code hiredOn} to the earlier of the period end and {@code leftOn}. Everything judged about the
 * person is judged inside it: steps the cycle places at the period start are due from
 * {@link #first()}, a step due after {@code leftOn} is not due, and weeks, counts and evidence
 * windows are cut to it. Empty ({@link #isEmpty()}) when the person was not with the organisation
 * on any day of the period. A person who leaves after the period end (a dismissal notified at the
 * result interview, a resignation taking effect in the next month) is there all period, but still
 * owes nothing due after their last working day ({@link #lastWorkingDay()}).
 *
 * @param employee the person
 * @param first the first day of the span
 * @param last the last day of the span; before {@code first} when the span is empty
 * @param hiredOn the first working day, when the person joined after the period start
 * @param leftOn the last working day, when the person leaves before or on the period end
 * @param lastWorkingDay the last working day with the organisation ({@code leftOn}), wherever it falls
 */
public record Span(PersonId employee, LocalDate first, LocalDate last, Optional<LocalDate> hiredOn, Optional<LocalDate> leftOn,
    Optional<LocalDate> lastWorkingDay) {

  /**
   * A span; every component is required.
   *
   * @param employee the person
   * @param first the first day of the span
   * @param last the last day of the span
   * @param hiredOn the first working day, when the person joined after the period start
   * @param leftOn the last working day, when the person leaves before or on the period end
   * @param lastWorkingDay the last working day with the organisation, wherever it falls
   */
  public Span {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(hiredOn, "hiredOn");
    Objects.requireNonNull(leftOn, "leftOn");
    Objects.requireNonNull(lastWorkingDay, "lastWorkingDay");
  }

  /**
   * {@return the span of a person in a period}
   *
   * @param period the period
   * @param person the person
   */
  public static Span of(Period period, Person person) {
    Optional<LocalDate> hired = person.hiredOn().filter(day -> day.isAfter(period.start()));
    Optional<LocalDate> left = person.leftOn().filter(day -> !day.isAfter(period.end()));
    return new Span(person.id(), hired.orElse(period.start()), left.orElse(period.end()), hired, left, person.leftOn());
  }

  /** {@return whether the person joined after the period start (the steps of the period start are due from their first day)} */
  public boolean joined() {
    return hiredOn.isPresent();
  }

  /** {@return whether the person leaves within the period (nothing is due after their last working day)} */
  public boolean leaves() {
    return leftOn.isPresent();
  }

  /** {@return whether the person was with the organisation on no day of the period} */
  public boolean isEmpty() {
    return last.isBefore(first);
  }

  /**
   * {@return whether the day lies in the span}
   *
   * @param day the day
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /**
   * {@return whether a step due on the day is due from the person: they had not left before it, and the span is not empty}
   * Their last working day counts wherever it falls: the application talk due a week after a dismissed
   * employee's last day, in the month after the period, is not due either (DOMAIN.md §6.1).
   *
   * @param day the step's last day
   */
  public boolean isDueOn(LocalDate day) {
    return !isEmpty() && lastWorkingDay.map(left -> !day.isAfter(left)).orElse(true);
  }

  /** {@return the first moment of the span} */
  public LocalDateTime startsAt() {
    return first.atStartOfDay();
  }

  /** {@return the first moment after the span} */
  public LocalDateTime endsAt() {
    return last.plusDays(1).atStartOfDay();
  }
}
