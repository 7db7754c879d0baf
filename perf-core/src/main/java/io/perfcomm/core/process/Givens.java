package io.perfcomm.core.process;

import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.EffectivePolicy;
import java.time.LocalDateTime;

/**
 * What every deriver of one employee's process starts from: the cycle's records, the employee, the
 * period, the policy in force for them, their calendar (with their leave), their span and the moment
 * of the check. Derived facts are not here: a deriver that needs another's facts takes them as inputs.
 *
 * @param index the cycle's index
 * @param employee the employee
 * @param period the period checked
 * @param policy the policy in force in the employee's department
 * @param calendar the company calendar with the employee's leave
 * @param span the employee's span in the period
 * @param asOf the moment of the check
 */
record Givens(CycleIndex index, Person employee, Period period, EffectivePolicy policy, WorkingCalendar calendar,
    Span span, LocalDateTime asOf) {

  /**
   * A deadline of a step the employee owes or is owed while with the organisation: one that falls
   * after their last working day is not due (DOMAIN.md §6.1).
   */
  boolean isDue(Deadline deadline) {
    return span.isDueOn(deadline.day());
  }

  /**
   * A step of the period itself (the indicators confirmed at its start, the scoring at its end) is due
   * only from someone who works at least one day of their span. A person on leave every working day of
   * it (产假, a long sick leave) has no month to confirm targets for or to score: HR does not assess them
   * for it, and calling the missing sheet, talks and score breaches would be false.
   */
  boolean isPeriodStepDue(Deadline deadline) {
    return isDue(deadline) && !onLeaveAllSpan();
  }

  /** The person is with the organisation in the period but on leave every working day of their span. */
  boolean onLeaveAllSpan() {
    return !span.isEmpty() && !calendar.worksBetween(span.first(), span.last());
  }
}
