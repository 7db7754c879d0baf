package io.perfcomm.core.process;

import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.interview.ObjectionId;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The first answer an objection got (APL-01): the evaluator's written response, or a formal appeal
 * filed on it, whichever came first. An escalated objection is answered by its appeal: from then on
 * the appeal process, not the evaluator's own reply, is what the employee waits for.
 *
 * @param objection the objection
 * @param at when it was answered
 * @param appeal the appeal filed on it, when that was the first answer
 */
public record ObjectionAnswer(ObjectionId objection, LocalDateTime at, Optional<AppealId> appeal) {

  /** {@return whether the answer was an appeal filed on the objection} */
  public boolean byAppeal() {
    return appeal.isPresent();
  }
}
