package io.perfcomm.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** An evaluation period (考核周期): monthly by default, any range of whole days allowed. */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {

  /** {@return the period's id, e.g. {@code 2026-03}} */
  public abstract PeriodId id();

  /** {@return the first day of the period} */
  public abstract LocalDate start();

  /** {@return the last day of the period, inclusive} */
  public abstract LocalDate end();

  /**
   * {@return whether the date falls inside the period, both ends included}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** {@return the first moment of the period} */
  public LocalDateTime startsAt() {
    return start().atStartOfDay();
  }

  /** {@return the first moment after the period} */
  public LocalDateTime endsAt() {
    return end().plusDays(1).atStartOfDay();
  }

  /**
   * {@return whether the period is over at the moment: its last day has passed}
   *
   * @param moment the moment, e.g. the check's {@code asOf}
   */
  public boolean isOverAt(LocalDateTime moment) {
    return !moment.isBefore(endsAt());
  }

  /**
   * {@return a period from its id, first and last day}
   *
   * @param id the period's id, e.g. {@code 2026-03}
   * @param start the first day
   * @param end the last day, inclusive
   */
  public static Period of(String id, LocalDate start, LocalDate end) {
    return builder().id(PeriodId.of(id)).start(start).end(end).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static final class Builder extends ImmutablePeriod.Builder {}
}
