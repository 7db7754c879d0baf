package io.perfcomm.rules.fact;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The confirmation deadline (OBJ-01, OBJ-02): the last whole day allowed, and the first moment after it. */
public final class ConfirmationDeadline {
  private final LocalDate day;
  private final LocalDateTime closesAt;

  public ConfirmationDeadline(LocalDate day, LocalDateTime closesAt) {
    this.day = day;
    this.closesAt = closesAt;
  }

  public LocalDate day() {
    return day;
  }

  public LocalDateTime closesAt() {
    return closesAt;
  }

  @Override
  public String toString() {
    return "ConfirmationDeadline[" + day + "]";
  }
}
