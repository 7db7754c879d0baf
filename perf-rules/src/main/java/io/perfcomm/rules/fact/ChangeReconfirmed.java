package io.perfcomm.rules.fact;

import io.perfcomm.core.objective.IndicatorChange;

/** An indicator change the employee confirmed again before it took effect (OBJ-03). */
public final class ChangeReconfirmed {
  private final IndicatorChange change;

  public ChangeReconfirmed(IndicatorChange change) {
    this.change = change;
  }

  public IndicatorChange change() {
    return change;
  }

  @Override
  public String toString() {
    return "ChangeReconfirmed[" + change.id() + "]";
  }
}
