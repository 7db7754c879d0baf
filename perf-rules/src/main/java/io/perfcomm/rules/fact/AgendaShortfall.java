package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.Score;

/**
 * An indicator whose target was missed: it drives the improvement plan and the next period.
 *
 * @param evaluation the evaluation
 * @param score the score that missed its target
 */
public record AgendaShortfall(Evaluation evaluation, Score score) {

  @Override
  public String toString() {
    // The score itself is confidential: the indicator id says which one.
    return "AgendaShortfall[" + evaluation.id() + ", " + score.indicator() + "]";
  }
}
