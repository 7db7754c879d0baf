package io.perfcomm.core.process;

import io.perfcomm.core.organisation.AbsenceId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person on leave every working day of their span (产假, a long sick leave; DOMAIN.md §6.1): the
 * period's own steps, the indicators confirmed at its start and the scoring at its end, are not due
 * from them, and the check says so once (EVA-05, INFO) instead of leaving them silently clean.
 *
 * @param employee the person
 * @param first the first day of their span
 * @param last the last day of their span
 * @param leave the leave records that cover the span, in id order
 */
public record OnLeaveAllPeriod(PersonId employee, LocalDate first, LocalDate last, List<AbsenceId> leave) {

  /**
   * The fact; every component is required.
   *
   * @param employee the person
   * @param first the first day of their span
   * @param last the last day of their span
   * @param leave the leave records that cover the span
   */
  public OnLeaveAllPeriod {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    leave = List.copyOf(leave);
  }
}
