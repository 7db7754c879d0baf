package io.perfcomm.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import org.immutables.value.Value;

/** A department (部门). */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public abstract class Department implements Extensible {

  public abstract DepartmentId id();

  public abstract String name();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Department}. */
  public static final class Builder extends ImmutableDepartment.Builder {}
}
