package io.perfcomm.core.process;

import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;

/**
 * The employee–evaluator relationship began this period: a new hire ({@code hiredOn}), a new evaluator
 * ({@code evaluatorSince}) or a new position ({@code positionSince}) inside the period; a start before it was the previous
 * period's to clarify, one after it the next one's (COM-05, the ROLE agenda).
 *
 * @param employee the employee
 * @param since the earliest of the starts that fall in the period
 * @param newEvaluator whether the evaluator is new to the employee (a new evaluator or a new hire), not only the position
 */
public record NewRelationship(PersonId employee, LocalDate since, boolean newEvaluator) {}
