package io.perfcomm.core.objective;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an indicator (KPI). */
@Value.Immutable
public abstract class IndicatorId extends Id<IndicatorId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IndicatorId of(String value) {
    return ImmutableIndicatorId.of(value);
  }
}
