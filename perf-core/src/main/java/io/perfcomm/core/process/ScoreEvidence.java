package io.perfcomm.core.process;

import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.objective.IndicatorId;
import java.util.List;

/**
 * One score of an evaluation and the evidence it cites: every id cited, and those that are evidence
 * of the period (EVA-01's reading, DOMAIN.md §6.2): a record or communication of the employee dated
 * inside the period, or a DATA record (a system report) dated after the period and no later than
 * the scoring day. An id that resolves to nothing of the employee's is cited but no evidence.
 *
 * @param evaluation the evaluation
 * @param indicator the indicator scored
 * @param cited every evidence id the score cites, in its order
 * @param ofPeriod the cited ids that are evidence of the period
 */
public record ScoreEvidence(EvaluationId evaluation, IndicatorId indicator, List<EvidenceId> cited,
    List<EvidenceId> ofPeriod) {

  /**
   * Copies the lists.
   *
   * @param evaluation the evaluation
   * @param indicator the indicator scored
   * @param cited every evidence id the score cites, in its order
   * @param ofPeriod the cited ids that are evidence of the period
   */
  public ScoreEvidence {
    cited = List.copyOf(cited);
    ofPeriod = List.copyOf(ofPeriod);
  }
}
