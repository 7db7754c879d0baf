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

  /** {@return the department's id} */
  public abstract DepartmentId id();

  /** {@return the department's name} */
  public abstract String name();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Department}. */
  public static final class Builder extends ImmutableDepartment.Builder {}
}
