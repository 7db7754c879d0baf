package io.perfcomm.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import org.immutables.value.Value;

/** A position (岗位) in a department; a key position (关键岗位) gets weekly communication. */
@Value.Immutable
@JsonSerialize(as = ImmutablePosition.class)
@JsonDeserialize(as = ImmutablePosition.class)
public abstract class Position implements Extensible {

  /** {@return the position's id} */
  public abstract PositionId id();

  /** {@return the position's name} */
  public abstract String name();

  /** {@return the department the position belongs to} */
  public abstract DepartmentId department();

  /** {@return whether this is a key position (关键岗位)} */
  @Value.Default
  public boolean key() {
    return false;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  public static final class Builder extends ImmutablePosition.Builder {}
}
