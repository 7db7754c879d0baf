package io.perfcomm.core.communication;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a communication. */
@Value.Immutable
public abstract class CommunicationId extends Id<CommunicationId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CommunicationId of(String value) {
    return ImmutableCommunicationId.of(value);
  }
}
