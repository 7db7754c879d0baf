package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outer loop's figures (绩效外循环): the findings of one or more checked cycles counted by
 * checkpoint, evaluator, department and period, the evaluator × checkpoint matrix, the appeal outcomes
 * by department, and the evaluators whose certification is at risk (TRN-01, TRN-02).
 */
final class OuterLoop {

  /** One checked cycle file. */
  record Checked(String source, Cycle cycle, Report report) {}

  /** Counts of findings by severity. */
  static final class Tally {
    final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

    void add(Severity severity) {
      counts.merge(severity, 1, Integer::sum);
    }

    int get(Severity severity) {
      return counts.getOrDefault(severity, 0);
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** An evaluator's figures: whom they evaluate and what was found. */
  static final class EvaluatorFigures {
    final PersonId id;
    String name;
    String department = "";
    final Set<PersonId> employees = new HashSet<>();
    final Tally tally = new Tally();
    final Map<String, Integer> byCheckpoint = new TreeMap<>();

    EvaluatorFigures(PersonId id) {
      this.id = id;
      this.name = id.value();
    }
  }

  /** How a department's appeals ended: decided (by outcome), still pending, or withdrawn. */
  static final class AppealTally {
    final Map<DecisionOutcome, Integer> decided = new EnumMap<>(DecisionOutcome.class);
    int pending;
    int withdrawn;

    void add(Appeal appeal) {
      if (appeal.decision().isPresent()) {
        decided.merge(appeal.decision().get().outcome(), 1, Integer::sum);
      } else if (appeal.status() == AppealStatus.WITHDRAWN) {
        withdrawn++;
      } else {
        pending++;
      }
    }

    int get(DecisionOutcome outcome) {
      return decided.getOrDefault(outcome, 0);
    }

    int total() {
      return decided.values().stream().mapToInt(Integer::intValue).sum() + pending + withdrawn;
    }
  }

  /** A department's figures, over all periods and per period (for its trend). */
  static final class DepartmentFigures {
    final String name;
    final Set<PersonId> employees = new HashSet<>();
    final Set<PersonId> withErrors = new HashSet<>();
    final Tally tally = new Tally();
    /** Employees and ERROR findings by period id: a rate per employee compares periods of unequal headcount. */
    final Map<String, Integer> employeesByPeriod = new TreeMap<>();
    final Map<String, Integer> errorsByPeriod = new TreeMap<>();
    final AppealTally appeals = new AppealTally();

    DepartmentFigures(String name) {
      this.name = name;
    }
  }

  /** A period's figures, for the trend. */
  static final class PeriodFigures {
    final String id;
    final java.time.LocalDate start;
    int employees;
    final Tally tally = new Tally();
    final Map<String, Integer> bySystem = new TreeMap<>();
    final Map<String, Integer> byCheckpoint = new TreeMap<>();

    PeriodFigures(String id, java.time.LocalDate start) {
      this.id = id;
      this.start = start;
    }
  }

  /** An evaluator-certification finding. */
  record AtRisk(Checked checked, Finding finding, String evaluator, String department) {}

  final List<Checked> checked;
  final Map<String, Tally> byCheckpoint = new TreeMap<>();
  final Map<PersonId, EvaluatorFigures> byEvaluator = new LinkedHashMap<>();
  final Map<String, DepartmentFigures> byDepartment = new TreeMap<>();
  final Map<String, PeriodFigures> byPeriod = new LinkedHashMap<>();
  final List<AtRisk> atRisk = new ArrayList<>();
  final Tally total = new Tally();
  final Set<String> employeesSeen = new HashSet<>();
  final Set<String> employeesWithErrors = new HashSet<>();

  OuterLoop(List<Checked> checked) {
    this.checked = List.copyOf(checked);
    checked.stream().sorted(Comparator.comparing(c -> c.cycle().period().start())).forEach(this::add);
  }

  private void add(Checked c) {
    Directory directory = new Directory(c.cycle());
    String period = c.cycle().period().id().value();
    PeriodFigures periodFigures = byPeriod.computeIfAbsent(period, p -> new PeriodFigures(p, c.cycle().period().start()));
    periodFigures.employees += c.cycle().employees().size();
    for (Person employee : c.cycle().employees()) {
      employeesSeen.add(period + "/" + employee.id().value());
      String department = directory.departmentName(employee.department());
      DepartmentFigures departmentFigures = byDepartment.computeIfAbsent(department, DepartmentFigures::new);
      departmentFigures.employees.add(employee.id());
      departmentFigures.employeesByPeriod.merge(period, 1, Integer::sum);
      employee.evaluator().ifPresent(e -> evaluator(e, directory).employees.add(employee.id()));
    }
    for (Finding finding : c.report().findings()) {
      Severity severity = finding.severity();
      total.add(severity);
      periodFigures.tally.add(severity);
      periodFigures.bySystem.merge(system(finding.checkpoint()), 1, Integer::sum);
      periodFigures.byCheckpoint.merge(finding.checkpoint(), 1, Integer::sum);
      byCheckpoint.computeIfAbsent(finding.checkpoint(), k -> new Tally()).add(severity);
      directory.evaluator(finding).ifPresent(e -> {
        EvaluatorFigures figures = evaluator(e, directory);
        figures.tally.add(severity);
        figures.byCheckpoint.merge(finding.checkpoint(), 1, Integer::sum);
      });
      String department = directory.department(finding).orElse("—");
      DepartmentFigures departmentFigures = byDepartment.computeIfAbsent(department, DepartmentFigures::new);
      departmentFigures.tally.add(severity);
      if (severity == Severity.ERROR) {
        departmentFigures.errorsByPeriod.merge(period, 1, Integer::sum);
      }
      if (severity == Severity.ERROR && finding.employee().isPresent()) {
        departmentFigures.withErrors.add(finding.employee().get());
        employeesWithErrors.add(period + "/" + finding.employee().get().value());
      }
      if (finding.checkpoint().startsWith("TRN-")) {
        PersonId evaluator = finding.evaluator().orElse(null);
        atRisk.add(new AtRisk(c, finding, evaluator == null ? "—" : directory.label(evaluator),
            directory.department(finding).orElse("—")));
      }
    }
    for (Appeal appeal : c.cycle().appeals()) {
      String department = directory.department(appeal.employee()).orElse("—");
      byDepartment.computeIfAbsent(department, DepartmentFigures::new).appeals.add(appeal);
    }
  }

  private EvaluatorFigures evaluator(PersonId id, Directory directory) {
    EvaluatorFigures figures = byEvaluator.computeIfAbsent(id, EvaluatorFigures::new);
    figures.name = directory.name(id);
    directory.department(id).ifPresent(d -> figures.department = d);
    return figures;
  }

  /** The management system of a checkpoint id: its prefix, e.g. {@code COM}. */
  static String system(String checkpoint) {
    int dash = checkpoint.indexOf('-');
    return dash < 0 ? checkpoint : checkpoint.substring(0, dash);
  }

  /** Evaluators by ERROR findings, then all findings, worst first. */
  List<EvaluatorFigures> evaluatorsWorstFirst() {
    List<EvaluatorFigures> list = new ArrayList<>(byEvaluator.values());
    list.sort(Comparator.<EvaluatorFigures>comparingInt(e -> e.tally.get(Severity.ERROR)).reversed()
        .thenComparing(Comparator.<EvaluatorFigures>comparingInt(e -> e.tally.total()).reversed())
        .thenComparing(e -> e.id.value()));
    return list;
  }

  /** Checkpoints by ERROR findings, then WARNING, then all, most first. */
  List<Map.Entry<String, Tally>> checkpointsMostFirst() {
    List<Map.Entry<String, Tally>> list = new ArrayList<>(byCheckpoint.entrySet());
    list.sort(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> e.getValue().get(Severity.ERROR)).reversed()
        .thenComparing(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> e.getValue().get(Severity.WARNING)).reversed())
        .thenComparing(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> e.getValue().total()).reversed())
        .thenComparing(Map.Entry::getKey));
    return list;
  }

  /**
   * The certification findings grouped by evaluator, in order of first appearance (periods are added
   * oldest first): one evaluator failing three periods is one person to act on, not three rows.
   */
  Map<String, List<AtRisk>> atRiskByEvaluator() {
    Map<String, List<AtRisk>> byEvaluator = new LinkedHashMap<>();
    for (AtRisk risk : atRisk) {
      String key = risk.finding().evaluator().map(PersonId::value).orElse(risk.evaluator());
      byEvaluator.computeIfAbsent(key, k -> new ArrayList<>()).add(risk);
    }
    return byEvaluator;
  }

  /** The periods in order of their start. */
  List<PeriodFigures> periods() {
    List<PeriodFigures> list = new ArrayList<>(byPeriod.values());
    list.sort(Comparator.comparing(p -> p.start));
    return list;
  }
}
