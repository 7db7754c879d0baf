package io.perfcomm.core.objective;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A change to an indicator after the sheet was confirmed, which must be communicated and re-confirmed before it takes effect. */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorChange.class)
@JsonDeserialize(as = ImmutableIndicatorChange.class)
public abstract class IndicatorChange implements Extensible {

  public abstract ChangeId id();

  public abstract SheetId sheet();

  public abstract IndicatorId indicator();

  /** When the change was decided. */
  public abstract LocalDateTime changedAt();

  /** The first day the changed indicator applies. */
  public abstract LocalDate effectiveFrom();

  @Value.Redacted
  public abstract String description();

  /** The target from {@link #effectiveFrom()} on, when the change sets one. */
  public abstract Optional<String> newTarget();

  /** The weight (percent) from {@link #effectiveFrom()} on, when the change sets one. */
  public abstract Optional<Double> newWeight();

  /** When the employee re-signed the changed indicator. */
  public abstract Optional<LocalDateTime> reconfirmedAt();

  /** The first moment the change applies: the start of {@link #effectiveFrom()}. */
  public LocalDateTime takesEffectAt() {
    return effectiveFrom().atStartOfDay();
  }

  /** The last day the change can be communicated and re-confirmed on: the day before it takes effect (OBJ-03). */
  public LocalDate lastDayBeforeEffect() {
    return effectiveFrom().minusDays(1);
  }

  /** Whether the employee re-signed the changed indicator after the change was decided and before it took effect (OBJ-03). */
  public boolean reconfirmedInTime() {
    return reconfirmedAt().filter(at -> !at.isBefore(changedAt()) && at.isBefore(takesEffectAt())).isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IndicatorChange}. */
  public static final class Builder extends ImmutableIndicatorChange.Builder {}
}
