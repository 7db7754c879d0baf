package io.perfcomm.rules.fact;

import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import java.util.Objects;

/**
 * The evaluator a rule session is about, for the evaluator-training checkpoints (TRN).
 *
 * @param person the evaluator
 */
public record Evaluator(Person person) {

  /**
   * Checks the evaluator.
   *
   * @param person the evaluator
   */
  public Evaluator {
    Objects.requireNonNull(person, "person");
  }

  /** {@return the evaluator's id} */
  public PersonId id() {
    return person.id();
  }

  /** Ids only, as {@link Employee#toString()}. */
  @Override
  public String toString() {
    return "Evaluator[" + person.id() + "]";
  }
}
