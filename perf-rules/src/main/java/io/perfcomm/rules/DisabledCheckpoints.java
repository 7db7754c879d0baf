package io.perfcomm.rules;

import io.perfcomm.core.policy.Policy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects the checkpoints switched off in a check and by whom, so a report can say so instead of
 * reading as "the standard process was followed". A checkpoint switched off in one department's
 * overrides only is listed too: a reader is told of it rather than left to assume it ran.
 */
final class DisabledCheckpoints {

  private DisabledCheckpoints() {}

  /** Every switched-off id with its sources, sorted by id; unmodifiable. */
  static SortedMap<String, Set<DisabledBy>> of(Set<String> engine, Policy enginePolicy, Policy cyclePolicy) {
    SortedMap<String, Set<DisabledBy>> disabled = new TreeMap<>();
    engine.forEach(id -> add(disabled, id, DisabledBy.ENGINE));
    ids(enginePolicy).forEach(id -> add(disabled, id, DisabledBy.POLICY_FILE));
    ids(cyclePolicy).forEach(id -> add(disabled, id, DisabledBy.CYCLE));
    disabled.replaceAll((id, sources) -> Collections.unmodifiableSet(sources));
    return Collections.unmodifiableSortedMap(disabled);
  }

  private static Set<String> ids(Policy policy) {
    Set<String> ids = new java.util.TreeSet<>();
    policy.disabled().forEach(id -> ids.add(id.value()));
    for (Map.Entry<?, Policy> department : policy.departments().entrySet()) {
      department.getValue().disabled().forEach(id -> ids.add(id.value()));
    }
    return ids;
  }

  private static void add(SortedMap<String, Set<DisabledBy>> disabled, String id, DisabledBy source) {
    disabled.computeIfAbsent(id, i -> EnumSet.noneOf(DisabledBy.class)).add(source);
  }
}
