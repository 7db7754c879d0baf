package io.perfcomm.rules.outer;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A department's figures, over all periods and per period (for its trend). */
public final class DepartmentFigures {

  private final String name;
  private final Set<PersonId> people = new HashSet<>();
  private final Set<PersonId> peopleWithError = new HashSet<>();
  private final Set<String> employeeMonthsWithError = new HashSet<>();
  private final Tally tally = new Tally();
  private final Map<PeriodId, Integer> employeesByPeriod = new TreeMap<>();
  private final Map<PeriodId, Integer> errorsByPeriod = new TreeMap<>();
  private final AppealTally appeals = new AppealTally();

  DepartmentFigures(String name) {
    this.name = name;
  }

  void addEmployee(PeriodId period, PersonId employee) {
    people.add(employee);
    employeesByPeriod.merge(period, 1, Integer::sum);
  }

  void add(PeriodId period, Finding finding) {
    tally.add(finding.severity());
    if (finding.severity() == Severity.ERROR) {
      errorsByPeriod.merge(period, 1, Integer::sum);
      finding.employee().ifPresent(e -> {
        peopleWithError.add(e);
        employeeMonthsWithError.add(period.value() + "/" + e.value());
      });
    }
  }

  AppealTally appealTally() {
    return appeals;
  }

  /** {@return the department's name, as the latest period gives it} */
  public String name() {
    return name;
  }

  /** {@return the distinct people checked in it in any period} */
  public int people() {
    return people.size();
  }

  /** {@return the distinct people with an ERROR finding in any period} */
  public int peopleWithError() {
    return peopleWithError.size();
  }

  /** {@return employee-months checked: each employee once per period} */
  public int employeeMonths() {
    return employeesByPeriod.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return employee-months with at least one ERROR finding} */
  public int employeeMonthsWithError() {
    return employeeMonthsWithError.size();
  }

  /** {@return its findings by severity} */
  public Tally tally() {
    return tally;
  }

  /**
   * Employees checked in a period; 0 when it had none.
   *
   * @param period the period
   * @return employees checked in a period; 0 when it had none
   */
  public int employees(PeriodId period) {
    return employeesByPeriod.getOrDefault(period, 0);
  }

  /**
   * ERROR findings per 100 employees in a period; empty (NaN) when it had no employee then.
   *
   * @param period the period
   * @return ERROR findings per 100 employees in a period; empty (NaN) when it had no employee then
   */
  public double errorsPer100Employees(PeriodId period) {
    int employees = employees(period);
    return employees == 0 ? Double.NaN : 100.0 * errorsByPeriod.getOrDefault(period, 0) / employees;
  }

  /** {@return whether any period checked employees of it (a department only findings name has none)} */
  public boolean hasEmployees() {
    return !employeesByPeriod.isEmpty();
  }

  /** {@return how its appeals ended} */
  public AppealTally appeals() {
    return appeals;
  }
}
