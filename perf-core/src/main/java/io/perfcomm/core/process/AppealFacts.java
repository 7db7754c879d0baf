package io.perfcomm.core.process;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The appeal system's facts (绩效申诉): the disputed results, the standard-process records of each live
 * one (APL-05), and each appeal's decision and pay-adjustment deadlines.
 *
 * @param disputes the evaluations whose result is disputed
 * @param processRecords the standard-process records of each live disputed result
 * @param deadlines each appeal's decision deadline, then its pay-adjustment deadline when it has one
 */
record AppealFacts(List<DisputedResult> disputes, List<StandardProcessRecords> processRecords, List<Deadline> deadlines) {

  AppealFacts {
    disputes = List.copyOf(disputes);
    processRecords = List.copyOf(processRecords);
    deadlines = List.copyOf(deadlines);
  }

  /**
   * Derives the appeal facts; a live dispute's standard-process records read the communication
   * system's coaching and the evaluation system's summaries and shortfalls, their one definitions.
   *
   * @param givens what the employee's process starts from
   * @param coaching the coaching during the period
   * @param summaries the month-end summaries that count for each evaluation
   * @param shortfalls the indicators missed in each evaluation
   */
  static AppealFacts derive(Givens givens, List<Coaching> coaching, List<PeriodSummary> summaries, List<Shortfall> shortfalls) {
    List<Appeal> appeals = givens.index().appeals(givens.employee().id());
    List<DisputedResult> disputes = new ArrayList<>();
    List<StandardProcessRecords> records = new ArrayList<>();
    for (Evaluation evaluation : givens.index().evaluations(givens.employee().id())) {
      List<Objection> raised = new ArrayList<>();
      for (Interview interview : givens.index().interviews(evaluation.id())) {
        raised.addAll(interview.objections());
      }
      List<Appeal> onIt = appeals.stream().filter(a -> a.evaluation().equals(evaluation.id())).toList();
      if (!raised.isEmpty() || !onIt.isEmpty()) {
        boolean live = DisputedResult.isLive(raised, onIt, givens.asOf());
        disputes.add(new DisputedResult(evaluation.id(), raised.size(), onIt.size(),
            onIt.stream().anyMatch(a -> a.isPendingAt(givens.asOf())), live));
        if (live) {
          records.add(StandardProcessRecords.of(givens.index(), evaluation, givens.period(), givens.policy(),
              summaries, coaching, shortfalls));
        }
      }
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (Appeal appeal : appeals) {
      deadlines.add(Deadline.onDay(DeadlineKind.APPEAL_DECISION, appeal.id(),
          givens.calendar().deadline(appeal.filedAt().toLocalDate(), givens.policy().appealDecisionDays()), givens.asOf()));
      payAdjustment(givens, appeal).ifPresent(deadlines::add);
    }
    return new AppealFacts(disputes, records, deadlines);
  }

  /**
   * APL-03's adjustment under {@code payDuringAppeal} PAY_AND_ADJUST: pay went ahead on the current
   * result, so a decision that amends it (taken by {@code asOf}) needs pay settled again within
   * {@code applicationWithinDays} of the decision (DOMAIN.md §6.2).
   */
  private static Optional<Deadline> payAdjustment(Givens givens, Appeal appeal) {
    if (givens.policy().holdsPayDuringAppeal()) {
      return Optional.empty();
    }
    return appeal.decision()
        .filter(d -> d.outcome() == DecisionOutcome.AMENDED && !d.at().isAfter(givens.asOf()))
        .map(d -> Deadline.onDay(DeadlineKind.PAY_ADJUSTMENT, appeal.id(),
            givens.calendar().deadline(d.at().toLocalDate(), givens.policy().applicationWithinDays()), givens.asOf()));
  }
}
