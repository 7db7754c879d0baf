package io.perfcomm.rules.agenda;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The periods after the checked one, as the agenda sees them at {@code asOf}, worked out once by the
 * engine from the checked period's length and the company calendar (the sheets never do date
 * arithmetic): the period that directly follows the checked one, and the period that starts next
 * after {@code asOf} with the day its indicators must be confirmed and signed.
 *
 * @param following the first day of the period that directly follows the checked one
 * @param followingStarted whether that period had begun at {@code asOf}
 * @param start the first day of the period that starts next after {@code asOf} (after its day)
 * @param confirmBy the last day that period's indicators may be confirmed and signed (the policy's
 *     confirmation deadline counted from {@code start}); never before {@code asOf}
 */
public record NextPeriod(LocalDate following, boolean followingStarted, LocalDate start, LocalDate confirmBy) {

  /**
   * Checks the period.
   *
   * @param following the first day of the period that directly follows the checked one
   * @param followingStarted whether that period had begun at {@code asOf}
   * @param start the first day of the period that starts next after {@code asOf} (after its day)
   * @param confirmBy the last day that period's indicators may be confirmed and signed (the policy's
   *     confirmation deadline counted from {@code start}); never before {@code asOf}
   */
  public NextPeriod {
    Objects.requireNonNull(following, "following");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(confirmBy, "confirmBy");
  }
}
