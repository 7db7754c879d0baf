package io.perfcomm.core.process;

import io.perfcomm.core.evaluation.EvaluationId;

/**
 * An evaluation whose result the employee disputes: an objection raised at an interview on it or an
 * appeal filed on it (APL-05 reports how defensible it is; the agenda prepares for it).
 *
 * @param evaluation the evaluation
 * @param objections the objections raised on it
 * @param appeals the appeals filed on it
 * @param appealPending whether an appeal on it was pending at {@code asOf}
 */
public record DisputedResult(EvaluationId evaluation, int objections, int appeals, boolean appealPending) {}
