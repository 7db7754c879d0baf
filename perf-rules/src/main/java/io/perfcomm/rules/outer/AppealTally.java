package io.perfcomm.rules.outer;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.DecisionOutcome;
import java.util.EnumMap;
import java.util.Map;

/** How appeals ended: decided (by outcome), still pending, or withdrawn. */
public final class AppealTally {

  private final Map<DecisionOutcome, Integer> decided = new EnumMap<>(DecisionOutcome.class);
  private int pending;
  private int withdrawn;

  AppealTally() {}

  void add(Appeal appeal) {
    if (appeal.decision().isPresent()) {
      decided.merge(appeal.decision().get().outcome(), 1, Integer::sum);
    } else if (appeal.status() == AppealStatus.WITHDRAWN) {
      withdrawn++;
    } else {
      pending++;
    }
  }

  void addAll(AppealTally other) {
    other.decided.forEach((outcome, n) -> decided.merge(outcome, n, Integer::sum));
    pending += other.pending;
    withdrawn += other.withdrawn;
  }

  /**
   * Appeals decided with an outcome.
   *
   * @param outcome the outcome
   * @return appeals decided with an outcome
   */
  public int get(DecisionOutcome outcome) {
    return decided.getOrDefault(outcome, 0);
  }

  /** {@return appeals decided, whatever the outcome} */
  public int decided() {
    return decided.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return appeals filed and not yet decided} */
  public int pending() {
    return pending;
  }

  /** {@return appeals withdrawn} */
  public int withdrawn() {
    return withdrawn;
  }

  /** {@return every appeal} */
  public int total() {
    return decided() + pending + withdrawn;
  }
}
