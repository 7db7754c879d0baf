package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;

/** The result interview that answers a scored evaluation, held in time after the scoring. */
public final class ResultInterviewHeld {
  private final Evaluation evaluation;
  private final Interview interview;

  public ResultInterviewHeld(Evaluation evaluation, Interview interview) {
    this.evaluation = evaluation;
    this.interview = interview;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  public Interview interview() {
    return interview;
  }

  @Override
  public String toString() {
    return "ResultInterviewHeld[" + evaluation.id() + ", " + interview.id() + "]";
  }
}
