package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Where an interview takes place: it must be private and quiet. */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
public abstract class Location {

  /** {@return the place's name} */
  public abstract String name();

  /** {@return whether the place is private} */
  @JsonProperty("private")
  public abstract boolean privateRoom();

  /** {@return whether the place is quiet} */
  public abstract boolean quiet();

  /** {@return whether the place is fit for an interview (面谈环境): private and quiet} */
  public boolean privateAndQuiet() {
    return privateRoom() && quiet();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {}
}
