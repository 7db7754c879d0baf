package io.perfcomm.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a department. */
@Value.Immutable
public abstract class DepartmentId extends Id<DepartmentId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DepartmentId of(String value) {
    return ImmutableDepartmentId.of(value);
  }
}
