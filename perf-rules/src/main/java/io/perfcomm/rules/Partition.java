package io.perfcomm.rules;

import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.process.EmployeeProcess;
import io.perfcomm.core.process.EvaluatorTraining;
import io.perfcomm.core.training.Certification;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one rule session: one employee's records, or one evaluator's certifications. A
 * session never holds the whole company, so memory stays flat however large the cycle.
 *
 * @param department the department whose policy applies
 * @param facts the records to insert, besides the period, policy and moment
 * @param index the cycle's index, which the process facts are derived from
 * @param employee the employee of an employee's partition; absent for an evaluator's
 */
record Partition(DepartmentId department, List<Object> facts, CycleIndex index, Optional<Person> employee) {

  /** The records plus the process facts derived for the policy and moment of the check. */
  List<Object> factsAt(EffectivePolicy policy, LocalDateTime asOf) {
    if (employee.isEmpty()) {
      // An evaluator's session: their certification attempts read once against the policy and period.
      List<Object> all = new ArrayList<>(facts);
      List<Certification> certifications = facts.stream().filter(Certification.class::isInstance)
          .map(Certification.class::cast).toList();
      if (!certifications.isEmpty()) {
        all.addAll(EvaluatorTraining.of(certifications, policy, index.cycle().period()).facts());
      }
      return all;
    }
    List<Object> all = new ArrayList<>(facts);
    all.addAll(EmployeeProcess.of(index, employee.get(), policy, asOf).facts());
    return all;
  }
}
