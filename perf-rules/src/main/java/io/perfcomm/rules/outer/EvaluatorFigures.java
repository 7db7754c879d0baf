package io.perfcomm.rules.outer;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An evaluator's figures over all periods: whom they evaluate and what was found. */
public final class EvaluatorFigures {

  private final PersonId id;
  private final String name;
  private final String department;
  private final Set<PersonId> employees = new HashSet<>();
  private int employeeMonths;
  private final Tally tally = new Tally();
  private final Map<String, Integer> breachesByCheckpoint = new TreeMap<>();

  EvaluatorFigures(PersonId id, String name, String department) {
    this.id = id;
    this.name = name;
    this.department = department;
  }

  void addEmployee(PersonId employee) {
    employees.add(employee);
    employeeMonths++;
  }

  void add(Finding finding) {
    tally.add(finding.severity());
    if (finding.severity() != Severity.INFO) {
      breachesByCheckpoint.merge(finding.checkpoint(), 1, Integer::sum);
    }
  }

  /** {@return the evaluator} */
  public PersonId id() {
    return id;
  }

  /** {@return their name, as the latest period gives it} */
  public String name() {
    return name;
  }

  /** {@return their department's name, as the latest period gives it; empty when no period says} */
  public String department() {
    return department;
  }

  /** {@return the distinct people they evaluate in any period} */
  public Set<PersonId> employees() {
    return Collections.unmodifiableSet(employees);
  }

  /** {@return the employee-months they evaluate: each employee once per period} */
  public int employeeMonths() {
    return employeeMonths;
  }

  /** {@return their findings by severity} */
  public Tally tally() {
    return tally;
  }

  /** {@return breaches (ERROR and WARNING) by checkpoint id; INFO notes are not in it} */
  public Map<String, Integer> breachesByCheckpoint() {
    return Collections.unmodifiableMap(breachesByCheckpoint);
  }
}
