package io.perfcomm.core.process;

import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.PersonId;
import java.util.Optional;

/**
 * Who determined (确定) a task-level indicator, as far as the sheet records it (OBJ-05, DOMAIN.md
 * §6.2): {@code determinedBy}, or, when that is absent, the approver standing in for it. Made for
 * every task-level indicator that names someone or carries an approval time; one never approved
 * and naming nobody is OBJ-01's.
 *
 * <p>The moment of the determination is not recorded; it happened no later than the approval (or,
 * without one, the signature), so that moment decides whose evaluator of record it was.
 *
 * @param sheet the sheet
 * @param indicator the task-level indicator
 * @param by who determined it ({@code determinedBy}, else {@code approvedBy}); empty when the sheet names nobody
 * @param byApproval whether {@code by} is the approver standing in for a missing {@code determinedBy}
 * @param byEvaluatorOfRecord whether {@code by} is the employee's current evaluator
 * @param beforeEvaluatorSince whether it was determined before the current evaluator relationship began, so by the previous evaluator
 * @param byLeader whether {@code by} holds the LEADER role (a leader in charge)
 */
public record TaskDetermination(SheetId sheet, IndicatorId indicator, Optional<PersonId> by, boolean byApproval,
    boolean byEvaluatorOfRecord, boolean beforeEvaluatorSince, boolean byLeader) {

  /** {@return whether the sheet names who determined or approved the indicator} */
  public boolean named() {
    return by.isPresent();
  }
}
