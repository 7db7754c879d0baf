package io.perfcomm.rules.fact;

import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * The employee a rule session is about (被考核者), with their position and evaluator resolved.
 *
 * @param person the employee
 * @param position the position held, if any
 * @param evaluator the evaluator, if the employee has one
 */
public record Employee(Person person, Optional<Position> position, Optional<Person> evaluator) {

  /**
   * Checks the employee.
   *
   * @param person the employee
   * @param position the position held, if any
   * @param evaluator the evaluator, if the employee has one
   */
  public Employee {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(evaluator, "evaluator");
  }

  /** {@return the employee's id} */
  public PersonId id() {
    return person.id();
  }

  /** {@return the employee's department} */
  public DepartmentId department() {
    return person.department();
  }

  /**
   * {@return the evaluator's id, or the employee's own where there is none (findings still need a
   * subject)}
   */
  public Optional<PersonId> evaluatorId() {
    return person.evaluator();
  }

  /** Ids only: a person's record may hold confidential host data, and Drools' trace logging prints facts. */
  @Override
  public String toString() {
    return "Employee[" + person.id() + "]";
  }

  /** {@return whether the employee holds a key position (关键岗位)} */
  public boolean isKeyPosition() {
    return position.map(Position::key).orElse(false);
  }

  /**
   * {@return whether this person is the employee's evaluator of record (COM-05: only their own talk
   * clarifies the relationship)}
   *
   * @param evaluator the evaluator
   */
  public boolean isEvaluatedBy(PersonId evaluator) {
    return person.evaluator().filter(evaluator::equals).isPresent();
  }
}
