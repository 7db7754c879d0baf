package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.immutables.value.Value;

/** The id of an evaluation period, e.g. {@code 2026-03}. */
@Value.Immutable
public abstract class PeriodId extends Id<PeriodId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PeriodId of(String value) {
    return ImmutablePeriodId.of(value);
  }
}
