package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * The common shape of perf's ids: a non-blank string, written as itself in JSON and text.
 *
 * @param <T> the concrete id type, so that ids of different kinds never compare equal
 */
public abstract class Id<T extends Id<T>> implements Comparable<T> {

  /** {@return the id as written in the cycle file} */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  @Override
  public final int compareTo(T other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }

  /** Checks the id is not blank. */
  @Value.Check
  protected void check() {
    if (value().isBlank()) {
      // The runtime class is the generated Immutable*; name the domain type the host wrote.
      throw new IllegalArgumentException(getClass().getSuperclass().getSimpleName() + " must not be blank");
    }
  }
}
