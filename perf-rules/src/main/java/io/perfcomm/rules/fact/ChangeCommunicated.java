package io.perfcomm.rules.fact;

import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.objective.IndicatorChange;

/** An indicator change communicated to the employee before it took effect (OBJ-03). */
public final class ChangeCommunicated {
  private final IndicatorChange change;
  private final Communication communication;

  public ChangeCommunicated(IndicatorChange change, Communication communication) {
    this.change = change;
    this.communication = communication;
  }

  public IndicatorChange change() {
    return change;
  }

  public Communication communication() {
    return communication;
  }

  @Override
  public String toString() {
    return "ChangeCommunicated[" + change.id() + ", " + communication.id() + "]";
  }
}
