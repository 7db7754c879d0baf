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

  /** {@return the person's id} */
  public abstract PersonId id();

  /** {@return the person's name; confidential} */
  @Value.Redacted
  public abstract String name();

  /** {@return the person's department} */
  public abstract DepartmentId department();

  /** {@return the position held; absent for HR partners and leaders} */
  public abstract Optional<PositionId> position();

  /** {@return the roles held; {@code EMPLOYEE} when none is given} */
  public abstract Set<Role> roles();

  /** {@return the evaluator of this employee} */
  public abstract Optional<PersonId> evaluator();

  /** {@return the date the current evaluator relationship began} */
  public abstract Optional<LocalDate> evaluatorSince();

  /** {@return the date the person took the current position} */
  public abstract Optional<LocalDate> positionSince();

  /** {@return the person's first working day with the organisation (入职), when it is recorded} */
  public abstract Optional<LocalDate> hiredOn();

  /** {@return the person's last working day with the organisation (离职), when they leave; not before hiredOn} */
  public abstract Optional<LocalDate> leftOn();

  /** {@return the last day of the person's probation (试用期), for host rules and agendas} */
  public abstract Optional<LocalDate> probationUntil();

  /** {@return whether this person is evaluated in the cycle: holds the employee role} */
  @JsonIgnore
  public boolean isEmployee() {
    return effectiveRoles().contains(Role.EMPLOYEE);
  }

  /** {@return the roles held, {@code EMPLOYEE} when none were given} */
  @Value.Derived
  @JsonIgnore
  public Set<Role> effectiveRoles() {
    return roles().isEmpty() ? Set.of(Role.EMPLOYEE) : roles();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
