package io.perfcomm.core.appeal;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an appeal. */
@Value.Immutable
public abstract class AppealId extends Id<AppealId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AppealId of(String value) {
    return ImmutableAppealId.of(value);
  }
}
