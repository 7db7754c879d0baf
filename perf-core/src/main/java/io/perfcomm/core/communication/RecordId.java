package io.perfcomm.core.communication;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a daily-management evidence record. */
@Value.Immutable
public abstract class RecordId extends Id<RecordId> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RecordId of(String value) {
    return ImmutableRecordId.of(value);
  }
}
