package io.perfcomm.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a position. */
@Value.Immutable
public abstract class PositionId extends Id<PositionId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PositionId of(String value) {
    return ImmutablePositionId.of(value);
  }
}
