package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;

/**
 * The result talked about is disputed: an objection still open at one of its interviews, or an
 * appeal still pending.
 *
 * @param evaluation the contested evaluation
 */
public record Contested(Evaluation evaluation) {

  @Override
  public String toString() {
    return "Contested[" + evaluation.id() + "]";
  }
}
