package io.perfcomm.core.process;

import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.evaluation.EvidenceId;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluation cites (its scores, strengths and weaknesses) that is dated inside the period,
 * each id once, and the earliest day among them; absent for an evaluation that cites nothing from
 * the period. EVA-02 asks whether the earliest lies in the period's last days.
 *
 * @param evaluation the evaluation
 * @param cited the ids cited that resolve to a record or communication of the employee inside the period
 * @param earliest the earliest day of those
 */
public record PeriodEvidence(EvaluationId evaluation, List<EvidenceId> cited, LocalDate earliest) {

  /**
   * Copies the lists.
   *
   * @param evaluation the evaluation
   * @param cited the ids cited that resolve to a record or communication of the employee inside the period
   * @param earliest the earliest day of those
   */
  public PeriodEvidence {
    cited = List.copyOf(cited);
  }
}
