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

  public AsOf {
    Objects.requireNonNull(at, "at");
  }

  /** Whether a deadline (the last moment allowed) has passed at this moment. */
  public boolean hasPassed(LocalDateTime deadline) {
    return at.isAfter(deadline);
  }

  /** Whether a whole day (the last day allowed) has passed at this moment. */
  public boolean hasPassed(LocalDate lastDay) {
    return !at.isBefore(lastDay.plusDays(1).atStartOfDay());
  }
}
