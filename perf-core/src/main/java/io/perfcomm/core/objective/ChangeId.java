package io.perfcomm.core.objective;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an indicator change. */
@Value.Immutable
public abstract class ChangeId extends Id<ChangeId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ChangeId of(String value) {
    return ImmutableChangeId.of(value);
  }
}
