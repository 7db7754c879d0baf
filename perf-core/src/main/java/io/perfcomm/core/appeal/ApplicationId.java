package io.perfcomm.core.appeal;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a result application. */
@Value.Immutable
public abstract class ApplicationId extends Id<ApplicationId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ApplicationId of(String value) {
    return ImmutableApplicationId.of(value);
  }
}
