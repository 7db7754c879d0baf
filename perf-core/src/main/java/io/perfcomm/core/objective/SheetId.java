package io.perfcomm.core.objective;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an indicator sheet. */
@Value.Immutable
public abstract class SheetId extends Id<SheetId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SheetId of(String value) {
    return ImmutableSheetId.of(value);
  }
}
