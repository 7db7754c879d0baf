package io.perfcomm.core.process;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.training.CertificationId;

/**
 * One certification attempt read against the policy (TRN-01): the composite of its 360
 * interview-feedback surveys, whether enough surveys are in, whether it passed, and whether it is the
 * evaluator's latest attempt.
 *
 * @param certification the attempt
 * @param evaluator the evaluator trained
 * @param trainingPeriod the training period, as the cycle names it
 * @param attempt the attempt number, from 1
 * @param surveys how many surveys are in
 * @param composite the mean of the surveys
 * @param complete whether at least {@code certificationSurveys} surveys are in
 * @param passed whether it is complete and the composite reaches {@code passMark}
 * @param latest whether it is the evaluator's latest attempt (highest attempt number)
 */
public record CertificationResult(CertificationId certification, PersonId evaluator, String trainingPeriod, int attempt,
    int surveys, double composite, boolean complete, boolean passed, boolean latest) {

  /** {@return whether it is complete and below the pass mark} */
  public boolean failed() {
    return complete && !passed;
  }
}
