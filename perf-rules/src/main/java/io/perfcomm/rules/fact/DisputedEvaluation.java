package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;

/**
 * An evaluation the employee disputes: an objection at an interview on it, or a formal appeal.
 *
 * @param evaluation the disputed evaluation
 */
public record DisputedEvaluation(Evaluation evaluation) {

  @Override
  public String toString() {
    return "DisputedEvaluation[" + evaluation.id() + "]";
  }
}
