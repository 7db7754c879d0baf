package io.perfcomm.rules.fact;

import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.evaluation.Evaluation;

/**
 * A communication with the employee inside the period and before the evaluation was scored: what
 * COM-02 counts. Equal only to itself, as the DRL type it replaces was, so each derivation counts.
 */
public final class CountedCommunication {
  private final Evaluation evaluation;
  private final Communication communication;

  public CountedCommunication(Evaluation evaluation, Communication communication) {
    this.evaluation = evaluation;
    this.communication = communication;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  public Communication communication() {
    return communication;
  }

  @Override
  public String toString() {
    return "CountedCommunication[" + evaluation.id() + ", " + communication.id() + "]";
  }
}
