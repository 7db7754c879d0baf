package io.perfcomm.rules.fact;

import io.perfcomm.core.objective.IndicatorId;

/**
 * An indicator on one of the employee's own sheets. A Java class, not a DRL-declared type: MVEL
 * finds a declared type's {@code getId()} by capitalising {@code id} in the JVM's default locale,
 * which fails under Turkish; the accessor {@code id()} is found in every locale.
 */
public final class OwnIndicator {
  private final IndicatorId id;

  public OwnIndicator(IndicatorId id) {
    this.id = id;
  }

  public IndicatorId id() {
    return id;
  }

  @Override
  public String toString() {
    return "OwnIndicator[" + id + "]";
  }
}
