package io.perfcomm.rules;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.policy.CheckpointSeverity;
import io.perfcomm.core.policy.Policy;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The checkpoint severities a check's policy set (the company's, and each department's own), so that
 * a report can say which findings carry a company's severity rather than perf's.
 *
 * @param company the severities for every department, by checkpoint id
 * @param departments a department's own severities on top of the company's, by department id
 */
record SeverityChanges(SortedMap<String, Severity> company, SortedMap<String, SortedMap<String, Severity>> departments) {

  /** No severity set. */
  static final SeverityChanges NONE = new SeverityChanges(Collections.emptySortedMap(), Collections.emptySortedMap());

  /** The severities of a check's policy (the cycle's overridden by the engine's). */
  static SeverityChanges of(Policy policy) {
    SortedMap<String, SortedMap<String, Severity>> departments = new TreeMap<>();
    policy.departments().forEach((id, own) -> {
      if (!own.severities().isEmpty()) {
        departments.put(id.value(), severities(own.severities()));
      }
    });
    return new SeverityChanges(severities(policy.severities()), Collections.unmodifiableSortedMap(departments));
  }

  private static SortedMap<String, Severity> severities(Map<CheckpointId, CheckpointSeverity> set) {
    SortedMap<String, Severity> severities = new TreeMap<>();
    set.forEach((id, severity) -> severities.put(id.value(), Severity.valueOf(severity.name())));
    return Collections.unmodifiableSortedMap(severities);
  }
}
