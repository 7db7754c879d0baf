package io.perfcomm.core.process;

import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.PlanId;

/**
 * A result interview on an evaluation took place and ended with an improvement plan agreed: the
 * interview names a plan of the employee that has {@code agreedAt} (INT-08's reading; what the plan
 * holds is APP-02's). COM-06 needs no application talk for a plan agreed this way.
 *
 * @param evaluation the evaluation
 * @param interview the interview
 * @param plan the plan agreed
 */
public record PlanAgreedAtInterview(EvaluationId evaluation, InterviewId interview, PlanId plan) {}
