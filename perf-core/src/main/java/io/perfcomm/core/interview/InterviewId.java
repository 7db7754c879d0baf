package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a performance interview. */
@Value.Immutable
public abstract class InterviewId extends Id<InterviewId> {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static InterviewId of(String value) {
    return ImmutableInterviewId.of(value);
  }
}
