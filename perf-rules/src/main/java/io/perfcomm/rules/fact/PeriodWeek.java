package io.perfcomm.rules.fact;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A week of the period (COM-01): its first and last day, and the moments it starts and ends. */
public final class PeriodWeek {
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final LocalDateTime startsAt;
  private final LocalDateTime endsAt;

  public PeriodWeek(LocalDate firstDay, LocalDate lastDay, LocalDateTime startsAt, LocalDateTime endsAt) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  @Override
  public String toString() {
    return "PeriodWeek[" + firstDay + ".." + lastDay + "]";
  }
}
