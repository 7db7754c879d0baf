package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a performance interview. */
@Value.Immutable
public abstract class InterviewId extends Id<InterviewId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static InterviewId of(String value) {
    return ImmutableInterviewId.of(value);
  }
}
