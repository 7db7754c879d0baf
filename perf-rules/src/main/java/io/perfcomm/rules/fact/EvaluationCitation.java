package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvidenceId;
import java.time.LocalDate;

/** One piece of evidence an evaluation cites that resolves to a record or communication, with its date. */
public final class EvaluationCitation {
  private final Evaluation evaluation;
  private final EvidenceId id;
  private final LocalDate date;

  public EvaluationCitation(Evaluation evaluation, EvidenceId id, LocalDate date) {
    this.evaluation = evaluation;
    this.id = id;
    this.date = date;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  public EvidenceId id() {
    return id;
  }

  public LocalDate date() {
    return date;
  }

  @Override
  public String toString() {
    return "EvaluationCitation[" + evaluation.id() + ", " + id + ", " + date + "]";
  }
}
