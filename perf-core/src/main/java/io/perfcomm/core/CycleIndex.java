package io.perfcomm.core;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.training.Certification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A cycle's records grouped by the person or record they belong to, built once: what one employee's
 * check, process facts and agenda read, in file order, without scanning the whole cycle each time.
 */
public final class CycleIndex {

  private final Cycle cycle;
  private final Map<PersonId, List<Absence>> absences;
  private final Map<PersonId, List<IndicatorSheet>> sheets;
  private final Map<SheetId, List<IndicatorChange>> changes;
  private final Map<PersonId, List<Communication>> communications;
  private final Map<PersonId, List<EvidenceRecord>> records;
  private final Map<PersonId, List<Evaluation>> evaluations;
  private final Map<EvaluationId, List<Interview>> interviews;
  private final Map<PersonId, List<ImprovementPlan>> plans;
  private final Map<PersonId, List<Appeal>> appeals;
  private final Map<EvaluationId, List<ResultApplication>> applications;
  private final Map<PersonId, List<Certification>> certifications;

  private CycleIndex(Cycle cycle) {
    this.cycle = cycle;
    this.absences = group(cycle.absences(), Absence::person);
    this.sheets = group(cycle.sheets(), IndicatorSheet::employee);
    this.changes = group(cycle.indicatorChanges(), IndicatorChange::sheet);
    this.communications = group(cycle.communications(), Communication::employee);
    this.records = group(cycle.records(), EvidenceRecord::employee);
    this.evaluations = group(cycle.evaluations(), Evaluation::employee);
    this.interviews = group(cycle.interviews(), Interview::evaluation);
    this.plans = group(cycle.improvementPlans(), ImprovementPlan::employee);
    this.appeals = group(cycle.appeals(), Appeal::employee);
    this.applications = group(cycle.applications(), ResultApplication::evaluation);
    this.certifications = group(cycle.certifications(), Certification::evaluator);
  }

  /**
   * {@return the index of a cycle}
   *
   * @param cycle the cycle
   */
  public static CycleIndex of(Cycle cycle) {
    return new CycleIndex(cycle);
  }

  /** {@return the cycle indexed} */
  public Cycle cycle() {
    return cycle;
  }

  /**
   * {@return the person's leave}
   *
   * @param person the person
   */
  public List<Absence> absences(PersonId person) {
    return absences.getOrDefault(person, List.of());
  }

  /**
   * {@return the employee's indicator sheets}
   *
   * @param employee the employee
   */
  public List<IndicatorSheet> sheets(PersonId employee) {
    return sheets.getOrDefault(employee, List.of());
  }

  /**
   * {@return the changes to the indicators of a sheet}
   *
   * @param sheet the sheet
   */
  public List<IndicatorChange> changes(SheetId sheet) {
    return changes.getOrDefault(sheet, List.of());
  }

  /**
   * {@return the communications with the employee}
   *
   * @param employee the employee
   */
  public List<Communication> communications(PersonId employee) {
    return communications.getOrDefault(employee, List.of());
  }

  /**
   * {@return the employee's daily-management records}
   *
   * @param employee the employee
   */
  public List<EvidenceRecord> records(PersonId employee) {
    return records.getOrDefault(employee, List.of());
  }

  /**
   * {@return the evaluations of the employee}
   *
   * @param employee the employee
   */
  public List<Evaluation> evaluations(PersonId employee) {
    return evaluations.getOrDefault(employee, List.of());
  }

  /**
   * {@return the interviews on an evaluation}
   *
   * @param evaluation the evaluation
   */
  public List<Interview> interviews(EvaluationId evaluation) {
    return interviews.getOrDefault(evaluation, List.of());
  }

  /**
   * {@return the employee's improvement plans, of this period and earlier ones}
   *
   * @param employee the employee
   */
  public List<ImprovementPlan> plans(PersonId employee) {
    return plans.getOrDefault(employee, List.of());
  }

  /**
   * {@return the employee's appeals}
   *
   * @param employee the employee
   */
  public List<Appeal> appeals(PersonId employee) {
    return appeals.getOrDefault(employee, List.of());
  }

  /**
   * {@return the applications of an evaluation's results}
   *
   * @param evaluation the evaluation
   */
  public List<ResultApplication> applications(EvaluationId evaluation) {
    return applications.getOrDefault(evaluation, List.of());
  }

  /**
   * {@return the evaluator's certification attempts}
   *
   * @param evaluator the evaluator
   */
  public List<Certification> certifications(PersonId evaluator) {
    return certifications.getOrDefault(evaluator, List.of());
  }

  /**
   * {@return whether the person has certification attempts in the cycle}
   *
   * @param person the person
   */
  public boolean hasCertifications(PersonId person) {
    return certifications.containsKey(person);
  }

  private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
    Map<K, List<V>> groups = new HashMap<>();
    for (V value : values) {
      groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>(4)).add(value);
    }
    return groups;
  }
}
