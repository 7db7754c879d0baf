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

  public abstract PeriodId id();

  /** The first day of the period. */
  public abstract LocalDate start();

  /** The last day of the period, inclusive. */
  public abstract LocalDate end();

  /** Whether the date falls inside the period, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The first moment of the period. */
  public LocalDateTime startsAt() {
    return start().atStartOfDay();
  }

  /** The first moment after the period. */
  public LocalDateTime endsAt() {
    return end().plusDays(1).atStartOfDay();
  }

  /** Whether the period is over at the moment: its last day has passed. */
  public boolean isOverAt(LocalDateTime moment) {
    return !moment.isBefore(endsAt());
  }

  public static Period of(String id, LocalDate start, LocalDate end) {
    return builder().id(PeriodId.of(id)).start(start).end(end).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static final class Builder extends ImmutablePeriod.Builder {}
}
