package io.perfcomm.core.process;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An evaluation whose result the employee disputes: an objection raised at an interview on it or an
 * appeal filed on it (APL-05 reports how defensible a live one is; the agenda prepares for it).
 *
 * @param evaluation the evaluation
 * @param objections the objections raised on it
 * @param appeals the appeals filed on it
 * @param appealPending whether an appeal on it was pending at {@code asOf}
 * @param live whether the dispute was still live at {@code asOf} ({@link #isLive})
 */
public record DisputedResult(EvaluationId evaluation, int objections, int appeals, boolean appealPending, boolean live) {

  /**
   * DOMAIN.md §6.2: a dispute is live while an objection is OPEN, an ESCALATED objection waits for the
   * appeal on it to be decided or withdrawn, or an appeal is pending. A withdrawn or resolved objection
   * and a decided or withdrawn appeal end it: their records then stand on their own.
   *
   * @param objections the objections raised on the evaluation
   * @param appeals the appeals filed on the evaluation
   * @param asOf the moment of the check
   * @return whether the dispute is live at {@code asOf}
   */
  public static boolean isLive(List<Objection> objections, List<Appeal> appeals, LocalDateTime asOf) {
    if (appeals.stream().anyMatch(a -> a.isPendingAt(asOf))) {
      return true;
    }
    for (Objection objection : objections) {
      if (objection.status() == ObjectionStatus.OPEN) {
        return true;
      }
      if (objection.status() == ObjectionStatus.ESCALATED
          && appeals.stream().noneMatch(a -> a.isOn(objection.id()) && ended(a, asOf))) {
        return true;
      }
    }
    return false;
  }

  /** An appeal filed by {@code asOf} that was decided or withdrawn by then. */
  private static boolean ended(Appeal appeal, LocalDateTime asOf) {
    return !appeal.filedAt().isAfter(asOf)
        && (appeal.status() == AppealStatus.WITHDRAWN || !appeal.isPendingAt(asOf));
  }
}
