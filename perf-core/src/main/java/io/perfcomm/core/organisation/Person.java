package io.perfcomm.core.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A person in the cycle: an employee (被考核者), an evaluator (考核者), an HR partner or a leader. */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements Extensible {

  public abstract PersonId id();

  @Value.Redacted
  public abstract String name();

  public abstract DepartmentId department();

  /** The position held; absent for HR partners and leaders. */
  public abstract Optional<PositionId> position();

  /** The roles held; {@code EMPLOYEE} when none is given. */
  public abstract Set<Role> roles();

  /** The evaluator of this employee. */
  public abstract Optional<PersonId> evaluator();

  /** The date the current evaluator relationship began. */
  public abstract Optional<LocalDate> evaluatorSince();

  /** The date the person took the current position. */
  public abstract Optional<LocalDate> positionSince();

  /** The person's first working day with the organisation (入职), when it is recorded. */
  public abstract Optional<LocalDate> hiredOn();

  /** The person's last working day with the organisation (离职), when they leave; not before {@link #hiredOn()}. */
  public abstract Optional<LocalDate> leftOn();

  /** The last day of the person's probation (试用期), for host rules and agendas. */
  public abstract Optional<LocalDate> probationUntil();

  /** Whether this person is evaluated in the cycle: holds the employee role. */
  @JsonIgnore
  public boolean isEmployee() {
    return effectiveRoles().contains(Role.EMPLOYEE);
  }

  /** The roles held, {@code EMPLOYEE} when none were given. */
  @Value.Derived
  @JsonIgnore
  public Set<Role> effectiveRoles() {
    return roles().isEmpty() ? Set.of(Role.EMPLOYEE) : roles();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
