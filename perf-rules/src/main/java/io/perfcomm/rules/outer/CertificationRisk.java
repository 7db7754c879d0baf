package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * An evaluator whose interview certification is at risk, with every certification finding about
 * them across the periods, oldest first: one evaluator failing three periods is one person to act on.
 *
 * @param evaluator the evaluator
 * @param name their name as the latest period gives it
 * @param department their department's name, as the latest period gives it, or "—"
 * @param entries the findings, oldest period first
 */
public record CertificationRisk(PersonId evaluator, String name, String department, List<Entry> entries) {

  /**
   * Copies the entries.
   *
   * @param evaluator the {@code evaluator} component
   * @param name the {@code name} component
   * @param department the {@code department} component
   * @param entries the {@code entries} component
   */
  public CertificationRisk {
    entries = List.copyOf(entries);
  }

  /**
   * One certification finding in one period.
   *
   * @param period the period checked
   * @param checked the cycle and report it comes from, to render its message and advice
   * @param finding the TRN-01 or TRN-02 finding
   * @param status what it says, typed
   */
  public record Entry(PeriodId period, CheckedCycle checked, Finding finding, CertificationStatus status) {

    /** {@return whether it is the penalty of TRN-02} */
    public boolean penalty() {
      return status instanceof CertificationStatus.Penalty;
    }
  }

  /** {@return whether any period brings the penalty} */
  public boolean penalised() {
    return entries.stream().anyMatch(Entry::penalty);
  }

  /** {@return how many periods have a certification finding} */
  public long periodsAtRisk() {
    return entries.stream().map(Entry::period).distinct().count();
  }

  /** {@return the latest entry, the penalty before a TRN-01 of the same period: its advice is the next step} */
  public Entry latest() {
    return entries.stream().max(Comparator.comparing((Entry e) -> e.checked().cycle().period().start())
        .thenComparing(Entry::penalty)).orElseThrow();
  }

  /**
   * The entries of one period, by checkpoint.
   *
   * @param period the period
   * @return the entries of one period, by checkpoint
   */
  public List<Entry> in(PeriodId period) {
    return entries.stream().filter(e -> e.period().equals(period))
        .sorted(Comparator.comparing(e -> e.finding().checkpoint())).toList();
  }
}
