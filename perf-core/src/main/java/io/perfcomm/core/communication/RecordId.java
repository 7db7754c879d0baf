package io.perfcomm.core.communication;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a daily-management evidence record. */
@Value.Immutable
public abstract class RecordId extends Id<RecordId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RecordId of(String value) {
    return ImmutableRecordId.of(value);
  }
}
