package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The purpose of an interview as stated to the employee. */
@Value.Immutable
@JsonSerialize(as = ImmutablePurpose.class)
@JsonDeserialize(as = ImmutablePurpose.class)
public abstract class Purpose {

  /** {@return the kind of purpose} */
  public abstract PurposeKind kind();

  /** {@return the purpose in the words used with the employee} */
  @Value.Redacted
  public abstract Optional<String> statement();
  /**
   * {@return whether the purpose needs preparation and HR or leader support: dismissal, demotion,
   * warning}
   */
  @JsonIgnore
  public boolean isSensitive() {
    return kind() == PurposeKind.DISMISSAL
        || kind() == PurposeKind.DEMOTION
        || kind() == PurposeKind.IMPROVEMENT_WARNING;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Purpose}. */
  public static final class Builder extends ImmutablePurpose.Builder {}
}
