package io.perfcomm.core.process;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.training.CertificationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The penalty of an evaluator who failed certification in {@code failedPeriodsForPenalty} consecutive
 * training periods, the last one being the retake (TRN-02, DOMAIN.md §6.2), as it bears on the period
 * checked: from the day of that failure each month's management-performance score loses the points
 * until a later pass; the calendar year of that failure has no excellence award and no salary
 * adjustment, whatever comes after. Made only when one of the two bears on the period.
 *
 * @param evaluator the evaluator
 * @param failedPeriods the consecutive failed training periods, in order
 * @param failedAttempts the failed attempts of those periods
 * @param since the day the last of them failed: its last survey
 * @param year the calendar year of that day, which loses the excellence award and salary adjustment
 * @param liftedOn the day of a later pass, if any: the last survey of the passing attempt
 * @param pointsInForce whether the points are deducted in the period checked (in force on any of its days)
 * @param yearBanned whether the period checked lies in {@code year}
 */
public record TrainingPenalty(PersonId evaluator, List<String> failedPeriods, List<CertificationId> failedAttempts,
    LocalDate since, int year, Optional<LocalDate> liftedOn, boolean pointsInForce, boolean yearBanned) {

  /**
   * Checks the penalty.
   *
   * @param evaluator the evaluator
   * @param failedPeriods the consecutive failed training periods, in order
   * @param failedAttempts the failed attempts of those periods
   * @param since the day the last of them failed: its last survey
   * @param year the calendar year of that day, which loses the excellence award and salary adjustment
   * @param liftedOn the day of a later pass, if any: the last survey of the passing attempt
   * @param pointsInForce whether the points are deducted in the period checked (in force on any of its days)
   * @param yearBanned whether the period checked lies in {@code year}
   */
  public TrainingPenalty {
    failedPeriods = List.copyOf(failedPeriods);
    failedAttempts = List.copyOf(failedAttempts);
  }
}
