package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** The evaluator's response to an objection. */
@Value.Immutable
@JsonSerialize(as = ImmutableResponse.class)
@JsonDeserialize(as = ImmutableResponse.class)
public abstract class Response {

  /** {@return when the response was given} */
  public abstract LocalDateTime at();

  /** {@return what the evaluator answered; confidential} */
  @Value.Redacted
  public abstract String text();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {}
}
