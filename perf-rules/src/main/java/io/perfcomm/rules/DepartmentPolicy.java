package io.perfcomm.rules;

import io.perfcomm.core.policy.DayCount;
import io.perfcomm.core.policy.EffectivePolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A department's policy in a check, with its checkpoint severities keyed as findings carry their
 * checkpoint, so that applying them is a map lookup per finding.
 *
 * @param policy the policy in force in the department
 * @param severities the severity the policy sets for a checkpoint, by checkpoint id
 * @param checkpoints the engine's catalogue, whose default severities say which findings a set severity changes
 */
record DepartmentPolicy(EffectivePolicy policy, Map<String, Severity> severities, Map<String, Checkpoint> checkpoints) {

  /**
   * The argument every title, message and advice may read to state a day limit in the unit the policy
   * counts it in: {@code true} when the policy counts working days (7 个工作日, not 7 天).
   */
  static final String WORKING = "working";

  /** {@return whether the policy counts its day limits in working days, the value of {@link #WORKING}} */
  static boolean countsWorkingDays(EffectivePolicy policy) {
    return policy.dayCount() == DayCount.WORKING;
  }

  /**
   * A finding whose message and advice can say in which days its day limit counts, as its title does:
   * the one place {@link #WORKING} is filled in, from the policy in force for the person, so that no
   * rule sheet passes it (a rule that does is overruled by the policy).
   */
  Finding withDayCount(Finding finding) {
    Map<String, Object> arguments = new LinkedHashMap<>(finding.arguments());
    arguments.put(WORKING, countsWorkingDays(policy));
    return Finding.builder().from(finding).arguments(arguments).build();
  }

  /**
   * A finding with the severity the policy gives its checkpoint: the one place a company's
   * severities apply, so no rule sheet needs to know of them. Only findings at the checkpoint's
   * default severity change (for a host checkpoint without a catalogue entry, those that are not
   * INFO): a notice before a deadline or a milder variant keeps its own.
   */
  Finding withPolicySeverity(Finding finding) {
    Severity set = severities.get(finding.checkpoint());
    if (set == null || set == finding.severity()) {
      return finding;
    }
    Checkpoint checkpoint = checkpoints.get(finding.checkpoint());
    boolean atDefault = checkpoint == null ? finding.severity() != Severity.INFO : checkpoint.severity() == finding.severity();
    return atDefault ? Finding.builder().from(finding).severity(set).build() : finding;
  }
}
