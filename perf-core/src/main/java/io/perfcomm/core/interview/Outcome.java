package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** How the interview ended: the result agreed and signed, objected to, or neither. */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome {

  /** {@return whether the employee signed or objected} */
  public abstract Agreement agreement();

  /** {@return when the employee signed the result} */
  public abstract Optional<LocalDateTime> signedAt();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {}
}
