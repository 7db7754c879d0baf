package io.perfcomm.rules.outer;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outer loop's figures (绩效外循环, DOMAIN.md §9) over the checked cycles of one or more periods:
 * breaches by checkpoint, evaluator, department and period, INFO notes apart, appeal outcomes by
 * department, the evaluators whose certification is at risk, and the calibration of how evaluators
 * score. Made once by {@link #of(List)}; read-only afterwards.
 */
public final class OuterLoop {

  /** The key of the department of a finding whose person no cycle knows. */
  static final String NO_DEPARTMENT = "—";

  private final List<CheckedCycle> checked;
  private final Names names;
  private final Map<String, Tally> byCheckpoint = new TreeMap<>();
  private final Map<PersonId, EvaluatorFigures> byEvaluator = new LinkedHashMap<>();
  private final Map<String, DepartmentFigures> byDepartment = new TreeMap<>();
  private final Map<PeriodId, PeriodFigures> byPeriod = new LinkedHashMap<>();
  private final Map<PersonId, List<CertificationRisk.Entry>> certification = new LinkedHashMap<>();
  private final Tally total = new Tally();
  private final Set<PersonId> people = new HashSet<>();
  private final Set<PersonId> peopleWithError = new HashSet<>();
  private final List<ScoredResult> results = new ArrayList<>();
  /** Each department's calibration thresholds, as the latest period it has employees in sets them. */
  private final Map<String, CalibrationThresholds> thresholds = new HashMap<>();
  private int employeeMonths;
  private int employeeMonthsWithError;
  private final Calibration calibration;

  private OuterLoop(List<CheckedCycle> checked) {
    List<CheckedCycle> oldestFirst = new ArrayList<>(checked);
    oldestFirst.sort(Comparator.comparing(c -> c.cycle().period().start()));
    this.checked = List.copyOf(oldestFirst);
    this.names = new Names(oldestFirst.stream().map(CheckedCycle::cycle).toList());
    oldestFirst.forEach(this::add);
    // The policy in force in the check (the engine's over the cycle's), not the one the file carries.
    CheckedCycle latest = oldestFirst.get(oldestFirst.size() - 1);
    EffectivePolicy company = latest.report().policy();
    this.calibration = Calibration.of(results, List.copyOf(byPeriod.keySet()), company.ratingScale(),
        CalibrationThresholds.of(company, latest.cycle().period().id()), thresholds, names::person,
        names::departmentByKey);
  }

  /**
   * The figures of some checked cycles, of one or more periods (several departments' files of one
   * period add up).
   *
   * @param checked the cycles and their reports, in any order
   * @return the figures
   * @throws IllegalArgumentException when no cycle is given
   */
  public static OuterLoop of(List<CheckedCycle> checked) {
    if (checked.isEmpty()) {
      throw new IllegalArgumentException("the outer loop needs at least one checked cycle");
    }
    return new OuterLoop(checked);
  }

  private void add(CheckedCycle c) {
    Cycle cycle = c.cycle();
    PeriodId period = cycle.period().id();
    PeriodFigures periodFigures = byPeriod.computeIfAbsent(period, p -> new PeriodFigures(p, cycle.period().start()));
    periodFigures.addEmployees(cycle.employees().size());
    employeeMonths += cycle.employees().size();
    Map<PersonId, String> departmentKey = new HashMap<>();
    cycle.people().forEach(p -> departmentKey.put(p.id(), p.department().value()));
    for (Person employee : cycle.employees()) {
      people.add(employee.id());
      department(departmentKey.get(employee.id())).addEmployee(period, employee.id());
      employee.evaluator().ifPresent(e -> evaluator(e).addEmployee(employee.id()));
    }
    // Cycles come oldest first: a later period's policy overwrites an earlier one's.
    cycle.employees().stream().map(Person::department).distinct().forEach(d ->
        thresholds.put(d.value(), CalibrationThresholds.of(c.report().policy(d), period)));
    Set<PersonId> withError = new HashSet<>();
    for (Finding finding : c.report().findings()) {
      total.add(finding.severity());
      periodFigures.add(finding);
      byCheckpoint.computeIfAbsent(finding.checkpoint(), k -> new Tally()).add(finding.severity());
      Optional<PersonId> evaluator = finding.evaluator()
          .or(() -> finding.employee().flatMap(cycle::person).flatMap(Person::evaluator));
      evaluator.ifPresent(e -> evaluator(e).add(finding));
      String department = finding.employee().or(finding::evaluator).map(departmentKey::get).orElse(NO_DEPARTMENT);
      department(department).add(period, finding);
      if (finding.severity() == Severity.ERROR && finding.employee().isPresent()) {
        withError.add(finding.employee().get());
      }
      CertificationStatus.of(finding).ifPresent(status -> certification
          .computeIfAbsent(finding.evaluator().orElse(PersonId.of(NO_DEPARTMENT)), k -> new ArrayList<>())
          .add(new CertificationRisk.Entry(period, c, finding, status)));
    }
    employeeMonthsWithError += withError.size();
    peopleWithError.addAll(withError);
    for (Appeal appeal : cycle.appeals()) {
      department(departmentKey.getOrDefault(appeal.employee(), NO_DEPARTMENT)).appealTally().add(appeal);
    }
    for (Evaluation evaluation : cycle.evaluations()) {
      String department = departmentKey.getOrDefault(evaluation.employee(), NO_DEPARTMENT);
      ScoredResult.of(cycle, evaluation, department).ifPresent(results::add);
    }
  }

  private EvaluatorFigures evaluator(PersonId id) {
    return byEvaluator.computeIfAbsent(id, e -> new EvaluatorFigures(e, names.person(e), names.departmentOf(e).orElse("")));
  }

  private DepartmentFigures department(String key) {
    String k = key == null ? NO_DEPARTMENT : key;
    return byDepartment.computeIfAbsent(k, x -> new DepartmentFigures(names.departmentByKey(x)));
  }

  /**
   * The management system of a checkpoint id: its prefix, e.g. {@code COM}.
   *
   * @param checkpoint the checkpoint
   * @return the management system of a checkpoint id: its prefix, e.g. {@code COM}
   */
  public static String system(String checkpoint) {
    int dash = checkpoint.indexOf('-');
    return dash < 0 ? checkpoint : checkpoint.substring(0, dash);
  }

  /** {@return the checked cycles, oldest period first} */
  public List<CheckedCycle> checked() {
    return checked;
  }

  /**
   * A person's name as the latest period that names them gives it; the id when none does.
   *
   * @param person the person
   * @return a person's name as the latest period that names them gives it; the id when none does
   */
  public String name(PersonId person) {
    return names.person(person);
  }

  /** {@return every finding of every period, by severity} */
  public Tally total() {
    return total;
  }

  /** {@return employee-months checked: each employee counted once per period} */
  public int employeeMonths() {
    return employeeMonths;
  }

  /** {@return employee-months with at least one ERROR finding} */
  public int employeeMonthsWithError() {
    return employeeMonthsWithError;
  }

  /** {@return distinct people checked in any period} */
  public int people() {
    return people.size();
  }

  /** {@return distinct people with an ERROR finding in any period} */
  public int peopleWithError() {
    return peopleWithError.size();
  }

  /** {@return the periods, oldest first} */
  public List<PeriodFigures> periods() {
    return List.copyOf(byPeriod.values());
  }

  /** {@return every checkpoint with a finding: most ERROR first, then most WARNING, then most findings, then by id} */
  public List<CheckpointFigures> checkpoints() {
    List<CheckpointFigures> list = new ArrayList<>();
    byCheckpoint.forEach((id, tally) -> list.add(new CheckpointFigures(id, tally)));
    list.sort(Comparator.<CheckpointFigures>comparingInt(c -> c.tally().errors()).reversed()
        .thenComparing(Comparator.<CheckpointFigures>comparingInt(c -> c.tally().warnings()).reversed())
        .thenComparing(Comparator.<CheckpointFigures>comparingInt(c -> c.tally().total()).reversed())
        .thenComparing(CheckpointFigures::checkpoint));
    return list;
  }

  /** {@return every evaluator of an employee or named by a finding: most ERROR first, then most breaches, then by id} */
  public List<EvaluatorFigures> evaluators() {
    List<EvaluatorFigures> list = new ArrayList<>(byEvaluator.values());
    list.sort(Comparator.<EvaluatorFigures>comparingInt(e -> e.tally().errors()).reversed()
        .thenComparing(Comparator.<EvaluatorFigures>comparingInt(e -> e.tally().breaches()).reversed())
        .thenComparing(e -> e.id().value()));
    return list;
  }

  /** {@return every department, most ERROR findings first, then by name} */
  public List<DepartmentFigures> departments() {
    List<DepartmentFigures> list = new ArrayList<>(byDepartment.values());
    list.sort(Comparator.<DepartmentFigures>comparingInt(d -> d.tally().errors()).reversed()
        .thenComparing(DepartmentFigures::name));
    return list;
  }

  /** {@return the appeals of every department together} */
  public AppealTally appeals() {
    AppealTally all = new AppealTally();
    byDepartment.values().forEach(d -> all.addAll(d.appeals()));
    return all;
  }

  /**
   * {@return the evaluators whose certification is at risk} In the order HR must act: a penalty first,
   * then the most periods at risk, then by name.
   */
  public List<CertificationRisk> certificationRisks() {
    List<CertificationRisk> list = new ArrayList<>();
    certification.forEach((evaluator, entries) -> list.add(new CertificationRisk(evaluator, names.person(evaluator),
        names.departmentOf(evaluator).orElse(NO_DEPARTMENT), entries)));
    list.sort(Comparator.comparing((CertificationRisk r) -> !r.penalised())
        .thenComparing(Comparator.comparingLong(CertificationRisk::periodsAtRisk).reversed())
        .thenComparing(CertificationRisk::name));
    return Collections.unmodifiableList(list);
  }

  /**
   * {@return how evaluators score beside their departments} On the rating scale of the company's policy in
   * force in the latest period's check; each department judged with the calibration thresholds in force
   * for it (its own overrides included) in the latest period it has employees in.
   */
  public Calibration calibration() {
    return calibration;
  }
}
