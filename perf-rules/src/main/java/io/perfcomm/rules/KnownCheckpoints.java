package io.perfcomm.rules;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.policy.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The checkpoint ids an engine has: perf's catalogue, the host's {@link PerfEngine.Builder#addCheckpoint}
 * entries, and every id a rule name of the rule base starts with (host sheets name their rules so,
 * as perf's do). An id entering the engine — switched off, given a severity, asserted on in a test —
 * is checked against these, so a typo fails instead of silently switching nothing off.
 */
final class KnownCheckpoints {

  private final SortedSet<CheckpointId> ids;

  KnownCheckpoints(Collection<Checkpoint> catalogue, KieBase kieBase) {
    SortedSet<CheckpointId> known = new TreeSet<>();
    catalogue.forEach(c -> known.add(CheckpointId.of(c.id())));
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String name = rule.getName();
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        if (CheckpointId.isWellFormed(first)) {
          known.add(CheckpointId.of(first));
        }
      }
    }
    this.ids = Collections.unmodifiableSortedSet(known);
  }

  /** Every id, sorted. */
  SortedSet<CheckpointId> ids() {
    return ids;
  }

  /**
   * The id of a checkpoint this engine has.
   *
   * @throws IllegalArgumentException naming the id when it is malformed or the engine has no such checkpoint
   */
  CheckpointId require(String id) {
    CheckpointId checkpoint = CheckpointId.of(id);
    problem(checkpoint).ifPresent(problem -> {
      throw new IllegalArgumentException("checkpoint " + problem);
    });
    return checkpoint;
  }

  /** What is wrong with an id, if the engine lacks it: {@code COM-3: no such checkpoint … (did you mean COM-03?)}. */
  Optional<String> problem(CheckpointId id) {
    if (ids.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(id + ": no such checkpoint in this engine" + suggestion(id).map(s -> " (did you mean " + s + "?)")
        .orElse(" (perf's are OBJ-01 … TRN-02; a host's are the ids its rule names start with)"));
  }

  /** An id a policy names that the engine lacks: the policy field that names it and why. */
  record Unknown(String field, String reason) {
    @Override
    public String toString() {
      return field + " " + reason;
    }
  }

  /** Every unknown id a policy names, in its {@code disabled} and {@code severities} and its departments'. */
  List<Unknown> problems(Policy policy) {
    List<Unknown> problems = new ArrayList<>();
    ids(problems, "", policy);
    for (Map.Entry<?, Policy> department : policy.departments().entrySet()) {
      ids(problems, "departments." + department.getKey() + ".", department.getValue());
    }
    return problems;
  }

  private void ids(List<Unknown> problems, String prefix, Policy policy) {
    policy.disabled().forEach(id -> problem(id).ifPresent(p -> problems.add(new Unknown(prefix + "disabled", p))));
    policy.severities().keySet()
        .forEach(id -> problem(id).ifPresent(p -> problems.add(new Unknown(prefix + "severities", p))));
  }

  /** A known id of the same system and number written differently ({@code COM-3} → {@code COM-03}). */
  private Optional<CheckpointId> suggestion(CheckpointId id) {
    String number = id.value().substring(id.value().indexOf('-') + 1);
    return ids.stream()
        .filter(known -> known.system().equals(id.system()))
        .filter(known -> sameNumber(known.value().substring(known.value().indexOf('-') + 1), number))
        .findFirst();
  }

  private static boolean sameNumber(String a, String b) {
    return a.replaceFirst("^0+(?=.)", "").equals(b.replaceFirst("^0+(?=.)", ""));
  }
}
