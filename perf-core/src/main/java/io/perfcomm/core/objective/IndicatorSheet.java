package io.perfcomm.core.objective;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The employee's indicator sheet for the period (绩效指标), signed by the employee when confirmed (考前确认签字). */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorSheet.class)
@JsonDeserialize(as = ImmutableIndicatorSheet.class)
public abstract class IndicatorSheet implements Extensible {

  /** {@return the sheet's id} */
  public abstract SheetId id();

  /** {@return the employee whose indicators these are} */
  public abstract PersonId employee();

  /** {@return when the employee confirmed (signed) the sheet} */
  public abstract Optional<LocalDateTime> confirmedAt();

  /** {@return the indicators with their weights and targets} */
  public abstract List<Indicator> indicators();

  /**
   * {@return whether the employee had signed the sheet before a moment}
   *
   * @param moment the moment
   */
  public boolean signedBefore(LocalDateTime moment) {
    return confirmedAt().filter(at -> at.isBefore(moment)).isPresent();
  }

  /**
   * {@return whether the employee had signed the sheet at or before a moment}
   *
   * @param moment the moment
   */
  public boolean signedBy(LocalDateTime moment) {
    return confirmedAt().filter(at -> !at.isAfter(moment)).isPresent();
  }

  /**
   * {@return whether the employee signed the sheet before the moment}
   *
   * @param moment the moment
   */
  public boolean confirmedBefore(LocalDateTime moment) {
    return confirmedAt().filter(at -> at.isBefore(moment)).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IndicatorSheet}. */
  public static final class Builder extends ImmutableIndicatorSheet.Builder {}
}
