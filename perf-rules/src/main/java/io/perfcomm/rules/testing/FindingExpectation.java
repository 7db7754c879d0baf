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
 * The findings of one checkpoint, narrowed step by step.
 *
 * <p>For {@code expect}, each step requires at least one finding to remain, and {@link #about} and
 * {@link #aboutEvaluator} state the whole truth, as Timefold's {@code penalizesBy} counts every
 * match: the checkpoint fires about these people and nobody else, so the control employee of a
 * scenario is asserted without being named.
 *
 * <p>For {@code expectNo}, the chain takes one step, the condition no finding may meet; with one
 * condition there is no order of steps to get wrong. Combine conditions with {@link
 * CheckpointVerifier#expectNo(String, Severity)} or {@link #matching}.
 */
public final class FindingExpectation {

  private final CheckpointVerifier verifier;
  private final String checkpoint;
  private final boolean present;
  private final List<Finding> all;
  private final List<Finding> matching;
  private final String description;
  private final int steps;

  FindingExpectation(CheckpointVerifier verifier, String checkpoint, boolean present, List<Finding> all) {
    this(verifier, checkpoint, present, all, all, checkpoint, 0);
    if (present && all.isEmpty()) {
      fail();
    }
  }

  private FindingExpectation(CheckpointVerifier verifier, String checkpoint, boolean present, List<Finding> all,
      List<Finding> matching, String description, int steps) {
    this.verifier = verifier;
    this.checkpoint = checkpoint;
    this.present = present;
    this.all = all;
    this.matching = matching;
    this.description = description;
    this.steps = steps;
  }

  /**
   * Findings about these employees. Expected, the checkpoint fires about each of them and about
   * nobody else; not expected, about none of them.
   *
   * @param employees the employees' ids
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation about(String... employees) {
    Set<String> named = new TreeSet<>(List.of(employees));
    Predicate<Finding> about = f -> f.employee().map(PersonId::value).filter(named::contains).isPresent();
    if (present) {
      onlyAbout("about " + named, about);
      for (String employee : named) {
        narrow("about " + employee, f -> f.employee().map(PersonId::value).filter(employee::equals).isPresent());
      }
    }
    return narrow("about " + String.join(", ", named), about);
  }

  /**
   * Findings about this employee, saying nothing of the others: for a check at an {@code asOf} before
   * the control employee's own later steps, which at that moment are still due (DOMAIN.md §6.1).
   *
   * @param employee the employee
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation concerning(String employee) {
    return narrow("about " + employee, f -> f.employee().map(PersonId::value).filter(employee::equals).isPresent());
  }

  /**
   * Findings naming this evaluator; expected, the checkpoint names no other evaluator.
   *
   * @param evaluator the evaluator
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation aboutEvaluator(String evaluator) {
    Predicate<Finding> about = f -> f.evaluator().map(PersonId::value).filter(evaluator::equals).isPresent();
    if (present) {
      onlyAbout("about evaluator " + evaluator, about);
    }
    return narrow("about evaluator " + evaluator, about);
  }

  /**
   * Findings that meet a condition of the test's own.
   *
   * @param description what the condition means, for the failure message
   * @param condition the condition
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation matching(String description, Predicate<Finding> condition) {
    return narrow(description, condition);
  }

  /**
   * Findings of this severity.
   *
   * @param severity the severity
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation withSeverity(Severity severity) {
    return narrow("with severity " + severity, f -> f.severity() == severity);
  }

  /**
   * Findings citing exactly these records.
   *
   * @param records the record ids
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation citing(String... records) {
    Set<String> expected = new TreeSet<>(List.of(records));
    return narrow("citing " + expected, f -> f.records().equals(expected));
  }

  /**
   * Findings whose named argument equals this value.
   *
   * @param name the name
   * @param value the value
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation withArgument(String name, Object value) {
    return narrow("with " + name + "=" + value, f -> Objects.equals(f.arguments().get(name), value));
  }

  /**
   * Findings rendered from this message key (a variant such as {@code INT-01.due.message}).
   *
   * @param key the message bundle key
   * @return this expectation
   * @throws AssertionError if no finding matches (expected) or one does (not expected)
   * @throws IllegalStateException if this is an {@code expectNo} expectation that has its one condition already
   */
  public FindingExpectation withMessageKey(String key) {
    return narrow("with message key " + key, f -> f.messageKey().equals(key));
  }

  /**
   * Exactly this many findings match so far.
   *
   * @param count how many
   * @return this expectation
   * @throws AssertionError if a different number of findings match
   */
  public FindingExpectation times(int count) {
    if (matching.size() != count) {
      throw new AssertionError("expected " + count + " " + description + " finding(s), found " + matching.size()
          + ":\n" + verifier.describe(matching) + "\nall " + checkpoint + " findings:\n" + verifier.describe(all));
    }
    return this;
  }

  /** {@return the findings that match so far, for assertions of your own} */
  public List<Finding> findings() {
    return matching;
  }

  /**
   * Back to the verifier, to expect another checkpoint on the same report.
   *
   * @return the verifier
   */
  public CheckpointVerifier and() {
    return verifier;
  }

  private void onlyAbout(String step, Predicate<Finding> about) {
    List<Finding> others = all.stream().filter(about.negate()).collect(Collectors.toList());
    if (!others.isEmpty()) {
      throw new AssertionError("expected " + checkpoint + " findings only " + step + ", but it also fired for:\n"
          + verifier.describe(others) + "\nall " + checkpoint + " findings:\n" + verifier.describe(all));
    }
  }

  private FindingExpectation narrow(String step, Predicate<Finding> condition) {
    if (!present && steps > 0) {
      throw new IllegalStateException("expectNo(\"" + checkpoint + "\") takes one condition (" + description
          + "), not also \"" + step + "\": use expectNo(checkpoint, severity) or matching(...) to combine them");
    }
    List<Finding> narrowed = matching.stream().filter(condition).collect(Collectors.toList());
    FindingExpectation next = new FindingExpectation(verifier, checkpoint, present, all, narrowed, description + " " + step,
        steps + 1);
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
