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

  /** {@return the change's id} */
  public abstract ChangeId id();

  /** {@return the sheet whose indicator changed} */
  public abstract SheetId sheet();

  /** {@return the indicator changed} */
  public abstract IndicatorId indicator();

  /** {@return when the change was decided} */
  public abstract LocalDateTime changedAt();

  /** {@return the first day the changed indicator applies} */
  public abstract LocalDate effectiveFrom();

  /** {@return what changed and why} */
  @Value.Redacted
  public abstract String description();

  /** {@return the target from {@link #effectiveFrom()} on, when the change sets one} */
  public abstract Optional<String> newTarget();

  /** {@return the weight (percent) from {@link #effectiveFrom()} on, when the change sets one} */
  public abstract Optional<Double> newWeight();

  /** {@return when the employee re-signed the changed indicator} */
  public abstract Optional<LocalDateTime> reconfirmedAt();

  /** {@return the first moment the change applies: the start of {@link #effectiveFrom()}} */
  public LocalDateTime takesEffectAt() {
    return effectiveFrom().atStartOfDay();
  }

  /** {@return the last day the change can be communicated and re-confirmed on: the day before it takes effect (OBJ-03)} */
  public LocalDate lastDayBeforeEffect() {
    return effectiveFrom().minusDays(1);
  }

  /**
   * {@return whether the employee re-signed the changed indicator after the change was decided and
   * before it took effect (OBJ-03)}
   */
  public boolean reconfirmedInTime() {
    return reconfirmedAt().filter(at -> !at.isBefore(changedAt()) && at.isBefore(takesEffectAt())).isPresent();
  }

  /**
   * {@return whether the employee re-signed the changed indicator at all after the change was decided,
   * in time or late (OBJ-03: a late signature ends the step, the breach stays)}
   */
  public boolean reconfirmed() {
    return reconfirmedAt().filter(at -> !at.isBefore(changedAt())).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IndicatorChange}. */
  public static final class Builder extends ImmutableIndicatorChange.Builder {}
}
