package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One period's figures, for the trend: its employees and its findings by severity, system and checkpoint. */
public final class PeriodFigures {

  private final PeriodId id;
  private final LocalDate start;
  private int employees;
  private final Set<String> withError = new HashSet<>();
  private final Tally tally = new Tally();
  private final Map<String, Tally> bySystem = new TreeMap<>();
  private final Map<String, Tally> byCheckpoint = new TreeMap<>();

  PeriodFigures(PeriodId id, LocalDate start) {
    this.id = id;
    this.start = start;
  }

  void addEmployees(int n) {
    employees += n;
  }

  void add(Finding finding) {
    tally.add(finding.severity());
    bySystem.computeIfAbsent(OuterLoop.system(finding.checkpoint()), k -> new Tally()).add(finding.severity());
    byCheckpoint.computeIfAbsent(finding.checkpoint(), k -> new Tally()).add(finding.severity());
    if (finding.severity() == Severity.ERROR) {
      finding.employee().ifPresent(e -> withError.add(e.value()));
    }
  }

  /** {@return the period} */
  public PeriodId id() {
    return id;
  }

  /** {@return its first day} */
  public LocalDate start() {
    return start;
  }

  /** {@return employees checked in the period (each an employee-month of the report)} */
  public int employees() {
    return employees;
  }

  /** {@return employees with at least one ERROR finding in the period} */
  public int employeesWithError() {
    return withError.size();
  }

  /** {@return the period's findings by severity} */
  public Tally tally() {
    return tally;
  }

  /**
   * The findings of one management system (a checkpoint id's prefix, e.g. {@code COM}); empty when none.
   *
   * @param system the system
   * @return the findings of one management system (a checkpoint id's prefix, e.g. {@code COM}); empty when none
   */
  public Tally system(String system) {
    return bySystem.getOrDefault(system, new Tally());
  }

  /** {@return the management systems with any finding in the period} */
  public Set<String> systems() {
    return Collections.unmodifiableSet(bySystem.keySet());
  }

  /**
   * The findings of one checkpoint; empty when none.
   *
   * @param checkpoint the checkpoint
   * @return the findings of one checkpoint; empty when none
   */
  public Tally checkpoint(String checkpoint) {
    return byCheckpoint.getOrDefault(checkpoint, new Tally());
  }

  /** {@return ERROR findings per 100 employees: a rate compares periods of unequal headcount} */
  public double errorsPer100Employees() {
    return employees == 0 ? 0 : 100.0 * tally.errors() / employees;
  }
}
