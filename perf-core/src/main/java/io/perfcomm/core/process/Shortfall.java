package io.perfcomm.core.process;

import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.objective.IndicatorId;

/**
 * An indicator whose target was missed in an evaluation ({@code targetMet} false): the fact behind an
 * improvement plan's causes and resources, the likely objection, and the agenda's review.
 *
 * @param evaluation the evaluation
 * @param indicator the indicator missed
 */
public record Shortfall(EvaluationId evaluation, IndicatorId indicator) {}
