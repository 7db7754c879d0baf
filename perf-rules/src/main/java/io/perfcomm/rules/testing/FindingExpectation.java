package io.perfcomm.rules.testing;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The findings of one checkpoint, narrowed step by step. For {@code expect}, each step requires at
 * least one finding to remain; for {@code expectNo}, each step requires none to remain.
 */
public final class FindingExpectation {

  private final CheckpointVerifier verifier;
  private final String checkpoint;
  private final boolean present;
  private final List<Finding> all;
  private final List<Finding> matching;
  private final String description;

  FindingExpectation(CheckpointVerifier verifier, String checkpoint, boolean present, List<Finding> all) {
    this(verifier, checkpoint, present, all, all, checkpoint);
    if (present && all.isEmpty()) {
      fail();
    }
  }

  private FindingExpectation(CheckpointVerifier verifier, String checkpoint, boolean present, List<Finding> all,
      List<Finding> matching, String description) {
    this.verifier = verifier;
    this.checkpoint = checkpoint;
    this.present = present;
    this.all = all;
    this.matching = matching;
    this.description = description;
  }

  /** Findings about this employee. */
  public FindingExpectation about(String employee) {
    return narrow("about " + employee, f -> f.employee().map(PersonId::value).filter(employee::equals).isPresent());
  }

  /** Findings naming this evaluator. */
  public FindingExpectation aboutEvaluator(String evaluator) {
    return narrow("about evaluator " + evaluator,
        f -> f.evaluator().map(PersonId::value).filter(evaluator::equals).isPresent());
  }

  /** Findings of this severity. */
  public FindingExpectation withSeverity(Severity severity) {
    return narrow("with severity " + severity, f -> f.severity() == severity);
  }

  /** Findings citing exactly these records. */
  public FindingExpectation citing(String... records) {
    Set<String> expected = new TreeSet<>(List.of(records));
    return narrow("citing " + expected, f -> f.records().equals(expected));
  }

  /** Findings whose named argument equals this value. */
  public FindingExpectation withArgument(String name, Object value) {
    return narrow("with " + name + "=" + value, f -> Objects.equals(f.arguments().get(name), value));
  }

  /** Findings rendered from this message key (a variant such as {@code INT-01.due.message}). */
  public FindingExpectation withMessageKey(String key) {
    return narrow("with message key " + key, f -> f.messageKey().equals(key));
  }

  /** Exactly this many findings match so far. */
  public FindingExpectation times(int count) {
    if (matching.size() != count) {
      throw new AssertionError("expected " + count + " " + description + " finding(s), found " + matching.size()
          + ":\n" + verifier.describe(matching) + "\nall " + checkpoint + " findings:\n" + verifier.describe(all));
    }
    return this;
  }

  /** The findings that match so far, for assertions of your own. */
  public List<Finding> findings() {
    return matching;
  }

  /** Back to the verifier, to expect another checkpoint on the same report. */
  public CheckpointVerifier and() {
    return verifier;
  }

  private FindingExpectation narrow(String step, Predicate<Finding> condition) {
    List<Finding> narrowed = matching.stream().filter(condition).collect(Collectors.toList());
    FindingExpectation next = new FindingExpectation(verifier, checkpoint, present, all, narrowed, description + " " + step);
    if (present ? narrowed.isEmpty() : !narrowed.isEmpty()) {
      next.fail();
    }
    return next;
  }

  private void fail() {
    throw new AssertionError((present ? "expected a " : "expected no ") + description + " finding; "
        + checkpoint + " findings were:\n" + verifier.describe(all));
  }
}
