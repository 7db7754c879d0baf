package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an objection raised at an interview. */
@Value.Immutable
public abstract class ObjectionId extends Id<ObjectionId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ObjectionId of(String value) {
    return ImmutableObjectionId.of(value);
  }
}
