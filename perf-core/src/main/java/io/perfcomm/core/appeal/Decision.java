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

  /** {@return when the appeal was decided} */
  public abstract LocalDateTime at();

  /** {@return what was decided} */
  public abstract DecisionOutcome outcome();

  /** {@return the reasons given for the decision} */
  @Value.Redacted
  public abstract Optional<String> reasons();

  /** {@return when the decision was communicated to the employee} */
  public abstract Optional<LocalDateTime> communicatedAt();

  /** {@return whether the decision gives its reasons: a text that is not blank} */
  public boolean hasReasons() {
    return reasons().filter(text -> !text.isBlank()).isPresent();
  }

  /**
   * {@return whether the decision was communicated to the employee before the moment}
   *
   * @param moment the moment
   */
  public boolean communicatedBefore(LocalDateTime moment) {
    return communicatedAt().filter(at -> at.isBefore(moment)).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {}
}
