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

  public abstract PositionId id();

  public abstract String name();

  public abstract DepartmentId department();

  /** Whether this is a key position (关键岗位). */
  @Value.Default
  public boolean key() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  public static final class Builder extends ImmutablePosition.Builder {}
}
