package io.perfcomm.rules.outer;

import io.perfcomm.rules.Severity;
import java.util.EnumMap;
import java.util.Map;

/** Findings counted by severity; {@link #breaches()} are the ERROR and WARNING ones, INFO notes are apart. */
public final class Tally {

  private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

  Tally() {}

  void add(Severity severity) {
    counts.merge(severity, 1, Integer::sum);
  }

  void addAll(Tally other) {
    other.counts.forEach((severity, n) -> counts.merge(severity, n, Integer::sum));
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return the findings of one severity
   */
  public int get(Severity severity) {
    return counts.getOrDefault(severity, 0);
  }

  /** {@return ERROR findings} */
  public int errors() {
    return get(Severity.ERROR);
  }

  /** {@return WARNING findings} */
  public int warnings() {
    return get(Severity.WARNING);
  }

  /** {@return INFO notes: a step still due, a dispute on record; never a breach} */
  public int notes() {
    return get(Severity.INFO);
  }

  /** {@return breaches: ERROR and WARNING findings} */
  public int breaches() {
    return errors() + warnings();
  }

  /** {@return every finding, notes included} */
  public int total() {
    return breaches() + notes();
  }

  @Override
  public String toString() {
    return "Tally" + counts;
  }
}
