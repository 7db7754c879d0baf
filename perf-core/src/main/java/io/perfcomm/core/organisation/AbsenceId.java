package io.perfcomm.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an absence (a spell of leave). */
@Value.Immutable
public abstract class AbsenceId extends Id<AbsenceId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AbsenceId of(String value) {
    return ImmutableAbsenceId.of(value);
  }
}
