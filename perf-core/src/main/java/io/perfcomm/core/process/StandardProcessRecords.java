package io.perfcomm.core.process;

import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Id;
import io.perfcomm.core.Period;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.policy.EffectivePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The standard-process records (标准流程) of a live disputed result, step by step: what an appeal
 * committee would accept as proof that each step was run (APL-05 reports them; DOMAIN.md §6.2).
 * <ul>
 *   <li>CONFIRMATION: the sheet the employee signed before being scored (考前确认签字);</li>
 *   <li>COACHING: daily communications inside the period (考中辅导);</li>
 *   <li>SUMMARY: the month-end summary that counts for the evaluation ({@link PeriodSummary});</li>
 *   <li>RESULT_CONFIRMATION: an interview on the evaluation where the employee signed the result; an
 *       objection recorded without a signature confirms nothing (结果确认);</li>
 *   <li>IMPROVEMENT_MEASURES: a plan made for the period or agreed at an interview on the evaluation,
 *       expected only when INT-08 requires a plan (always, or a missed target); otherwise the step is
 *       listed only when such a plan exists.</li>
 * </ul>
 *
 * @param evaluation the disputed evaluation
 * @param steps each step judged, in the order the process runs them, with its records sorted by id
 * @param measuresExpected whether the improvement-measures step is expected
 */
public record StandardProcessRecords(EvaluationId evaluation, Map<StandardProcessStep, List<Id<?>>> steps,
    boolean measuresExpected) {

  /**
   * Copies the steps, keeping their order.
   *
   * @param evaluation the disputed evaluation
   * @param steps each step judged with its records
   * @param measuresExpected whether the improvement-measures step is expected
   */
  public StandardProcessRecords {
    steps = Collections.unmodifiableMap(new EnumMap<>(steps));
  }

  /**
   * The records of an evaluation's standard process.
   *
   * @param index the cycle's index
   * @param evaluation the disputed evaluation
   * @param period the period checked
   * @param policy the policy in force for the employee
   * @param summaries the month-end summaries that count, of any evaluation
   * @return the records, step by step
   */
  public static StandardProcessRecords of(CycleIndex index, Evaluation evaluation, Period period,
      EffectivePolicy policy, List<PeriodSummary> summaries) {
    Map<StandardProcessStep, List<Id<?>>> steps = new EnumMap<>(StandardProcessStep.class);
    TreeSet<Id<?>> confirmation = ids();
    for (IndicatorSheet sheet : index.sheets(evaluation.employee())) {
      if (sheet.confirmedBefore(evaluation.scoredAt())) {
        confirmation.add(sheet.id());
      }
    }
    TreeSet<Id<?>> coaching = ids();
    for (Communication c : index.communications(evaluation.employee())) {
      if (c.type() == CommunicationType.DAILY && !c.at().isBefore(period.startsAt()) && c.at().isBefore(period.endsAt())) {
        coaching.add(c.id());
      }
    }
    TreeSet<Id<?>> summary = ids();
    summaries.stream().filter(s -> s.evaluation().equals(evaluation.id())).forEach(s -> summary.add(s.summaryRecord()));
    TreeSet<Id<?>> confirmed = ids();
    TreeSet<Id<?>> measures = ids();
    for (Interview interview : index.interviews(evaluation.id())) {
      if (interview.resultSigned()) {
        confirmed.add(interview.id());
      }
      interview.improvementPlan().ifPresent(measures::add);
    }
    for (ImprovementPlan plan : index.plans(evaluation.employee())) {
      if (plan.period().equals(period.id())) {
        measures.add(plan.id());
      }
    }
    steps.put(StandardProcessStep.CONFIRMATION, List.copyOf(confirmation));
    steps.put(StandardProcessStep.COACHING, List.copyOf(coaching));
    steps.put(StandardProcessStep.SUMMARY, List.copyOf(summary));
    steps.put(StandardProcessStep.RESULT_CONFIRMATION, List.copyOf(confirmed));
    boolean expected = policy.planAlwaysRequired() || evaluation.missedTargets() > 0;
    if (expected || !measures.isEmpty()) {
      steps.put(StandardProcessStep.IMPROVEMENT_MEASURES, List.copyOf(measures));
    }
    return new StandardProcessRecords(evaluation.id(), steps, expected);
  }

  /** Ids of different kinds in one sorted set: by their text, as a reader looks them up. */
  private static TreeSet<Id<?>> ids() {
    return new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
  }

  /** {@return the steps judged that have at least one record} */
  public List<StandardProcessStep> present() {
    return steps.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /** {@return the steps judged that have no record} */
  public List<StandardProcessStep> missing() {
    return steps.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /** {@return whether every step judged has a record} */
  public boolean complete() {
    return missing().isEmpty();
  }

  /**
   * {@return a step's records; empty when it has none or is not judged}
   *
   * @param step the step
   */
  public List<Id<?>> records(StandardProcessStep step) {
    return steps.getOrDefault(step, List.of());
  }

  /**
   * {@return a step's records as a message names them: absent (read "—") when it has none}
   *
   * @param step the step
   */
  public Optional<List<Id<?>>> named(StandardProcessStep step) {
    return Optional.of(records(step)).filter(ids -> !ids.isEmpty());
  }

  /** {@return every record of every step, as the finding's evidence} */
  public List<Id<?>> evidence() {
    List<Id<?>> all = new ArrayList<>();
    steps.values().forEach(all::addAll);
    return all;
  }
}
