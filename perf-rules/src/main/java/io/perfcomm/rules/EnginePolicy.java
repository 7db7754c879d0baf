package io.perfcomm.rules;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.Policy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The policy an engine applies to a cycle: the cycle's own (unless the engine ignores it) overridden
 * by the engine's, per department, with the checkpoints the engine switched off; and who switched
 * each checkpoint off.
 */
final class EnginePolicy {

  private final Policy policy;
  private final Set<CheckpointId> disabledIds;
  private final Set<String> disabled;
  private final boolean ignoreCyclePolicy;
  private final Map<String, Checkpoint> checkpoints;
  private final KnownCheckpoints known;

  EnginePolicy(Policy policy, Set<CheckpointId> disabledIds, boolean ignoreCyclePolicy, Map<String, Checkpoint> checkpoints,
      KnownCheckpoints known) {
    this.policy = policy;
    this.disabledIds = Set.copyOf(disabledIds);
    this.disabled = this.disabledIds.stream().map(CheckpointId::value).collect(Collectors.toUnmodifiableSet());
    this.ignoreCyclePolicy = ignoreCyclePolicy;
    this.checkpoints = checkpoints;
    this.known = known;
  }

  /** {@return the checkpoint ids switched off in the engine} */
  Set<String> disabled() {
    return disabled;
  }

  /** The policy the cycle file carries, or none when the engine is told to ignore it. */
  Policy cyclePolicy(Cycle cycle) {
    return ignoreCyclePolicy ? Policy.defaults() : cycle.policy();
  }

  /** The company's policy for a cycle: the engine's is the company's, and wins over what the cycle file carries. */
  Policy merged(Cycle cycle) {
    return cyclePolicy(cycle).overriddenBy(policy);
  }

  /** Refuses a cycle whose own policy names checkpoints this engine does not have. */
  void requireKnownIds(Cycle cycle) {
    List<KnownCheckpoints.Unknown> problems = known.problems(cyclePolicy(cycle));
    if (!problems.isEmpty()) {
      throw new InvalidCycleException(problems.stream()
          .map(unknown -> Problem.of("policy", Optional.empty(), unknown.field(), unknown.toString()))
          .collect(Collectors.toList()));
    }
  }

  /** The policy that applies to a department in a cycle: the cycle's, overridden by the engine's. */
  EffectivePolicy effective(Cycle cycle, DepartmentId department) {
    return effective(merged(cycle), department);
  }

  /** A department's policy in force, with the engine's switched-off checkpoints. */
  EffectivePolicy effective(Policy merged, DepartmentId department) {
    EffectivePolicy effective = merged.effective(department);
    return EffectivePolicy.builder().from(effective).addAllDisabled(disabledIds).build();
  }

  /** A department's policy in force, with its severities ready to apply to findings. */
  DepartmentPolicy department(Policy merged, DepartmentId department) {
    EffectivePolicy effective = effective(merged, department);
    Map<String, Severity> severities = new HashMap<>();
    effective.severities().forEach((id, severity) -> severities.put(id.value(), Severity.valueOf(severity.name())));
    return new DepartmentPolicy(effective, Map.copyOf(severities), checkpoints);
  }

  /** Every switched-off checkpoint of a check of the cycle, with who switched it off. */
  SortedMap<String, Set<DisabledBy>> disabledIn(Cycle cycle) {
    return DisabledCheckpoints.of(disabled, policy, cyclePolicy(cycle));
  }

  /** The policy of each person whose department overrides the company's, for titles that state it. */
  static Map<PersonId, EffectivePolicy> departmentPolicies(Cycle cycle, Policy merged,
      Map<DepartmentId, DepartmentPolicy> policies) {
    if (merged.departments().isEmpty()) {
      return Map.of();
    }
    Map<PersonId, EffectivePolicy> own = new HashMap<>();
    for (Person person : cycle.people()) {
      DepartmentPolicy p = policies.get(person.department());
      if (p != null && merged.departments().containsKey(person.department())) {
        own.put(person.id(), p.policy());
      }
    }
    return own;
  }
}
