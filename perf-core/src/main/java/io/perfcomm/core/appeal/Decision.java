package io.perfcomm.core.appeal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The decision on an appeal, with its reasons and when it was communicated to the employee. */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {

  public abstract LocalDateTime at();

  public abstract DecisionOutcome outcome();

  @Value.Redacted
  public abstract Optional<String> reasons();

  public abstract Optional<LocalDateTime> communicatedAt();

  /** Whether the decision gives its reasons: a text that is not blank. */
  public boolean hasReasons() {
    return reasons().filter(text -> !text.isBlank()).isPresent();
  }

  /** Whether the decision was communicated to the employee before the moment. */
  public boolean communicatedBefore(LocalDateTime moment) {
    return communicatedAt().filter(at -> at.isBefore(moment)).isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {}
}
