package io.perfcomm.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a person: employee, evaluator, HR partner or leader. */
@Value.Immutable
public abstract class PersonId extends Id<PersonId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
  }
}
