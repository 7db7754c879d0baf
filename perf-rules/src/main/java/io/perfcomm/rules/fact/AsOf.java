package io.perfcomm.rules.fact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The moment of the check: a deadline after it has not passed yet, so it is no violation.
 *
 * @param at the moment
 */
public record AsOf(LocalDateTime at) {

  /**
   * Checks the moment.
   *
   * @param at the moment
   */
  public AsOf {
    Objects.requireNonNull(at, "at");
  }

  /**
   * {@return whether a deadline (the last moment allowed) has passed at this moment}
   *
   * @param deadline the last moment allowed
   */
  public boolean hasPassed(LocalDateTime deadline) {
    return at.isAfter(deadline);
  }

  /**
   * {@return whether a whole day (the last day allowed) has passed at this moment}
   *
   * @param lastDay the last day allowed
   */
  public boolean hasPassed(LocalDate lastDay) {
    return !at.isBefore(lastDay.plusDays(1).atStartOfDay());
  }
}
