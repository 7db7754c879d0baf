package io.perfcomm.rules;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.due.Step;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One breach (or piece of advice) of one checkpoint: about whom, why (a message key with named
 * argument values), on which records, and what to do next (an advice key). Rendered in a reader's
 * language by {@link Report#message} and {@link Report#advice}.
 *
 * <p>Rules insert findings from their consequences: {@code insert(Finding.error("COM-02")
 * .employee($e.id()).arg("count", $n).evidence($ids).build());}
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::checkpoint)
      .thenComparing(f -> f.employee().map(PersonId::value).orElse(""))
      .thenComparing(f -> String.join(",", f.records()))
      .thenComparing(f -> f.evaluator().map(PersonId::value).orElse(""))
      .thenComparing(Finding::messageKey)
      .thenComparing(f -> f.arguments().toString());

  /** {@return the checkpoint id, e.g. {@code COM-02}} */
  public abstract String checkpoint();

  /** {@return how serious the finding is} */
  public abstract Severity severity();

  /** {@return the employee the finding is about; absent for findings about an evaluator only} */
  public abstract Optional<PersonId> employee();

  /** {@return the evaluator responsible} */
  public abstract Optional<PersonId> evaluator();

  /** {@return the period checked; the engine fills it in} */
  public abstract Optional<PeriodId> period();

  /** {@return the message bundle key of why; {@code <checkpoint>.message} unless a rule says otherwise} */
  @Value.Default
  public String messageKey() {
    return checkpoint() + ".message";
  }

  /**
   * {@return the message bundle key of the next step; {@code <checkpoint>.advice} unless a rule
   * says otherwise}
   */
  @Value.Default
  public String adviceKey() {
    return checkpoint() + ".advice";
  }

  /**
   * {@return the values the messages name, by placeholder: dates, numbers, ids, texts, never pre-formatted}
   * Left out of {@code toString}: a text or a score may be confidential, and logs must not carry it.
   */
  @Value.Redacted
  public abstract Map<String, Object> arguments();

  /** {@return the ids of the records this finding rests on, sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> records();

  /**
   * {@return the step this finding stands for while it is still open} INFO "due by", or "overdue" while
   * it can still be taken, marked by the rule from the deadline it matched; absent for every other
   * finding. The due list ({@link io.perfcomm.rules.due.DueList}) is read from these marks.
   */
  public abstract Optional<Step> step();

  /** {@return why, as a message: the message key with the arguments} */
  public Message message() {
    return Message.of(messageKey(), arguments());
  }

  /** {@return what to do next, as a message: the advice key with the arguments} */
  public Message advice() {
    return Message.of(adviceKey(), arguments());
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /**
   * A new ERROR finding of a checkpoint.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return this builder
   */
  public static Builder error(String checkpoint) {
    return of(checkpoint, Severity.ERROR);
  }

  /**
   * A new WARNING finding of a checkpoint.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return this builder
   */
  public static Builder warning(String checkpoint) {
    return of(checkpoint, Severity.WARNING);
  }

  /**
   * A new INFO finding of a checkpoint.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return this builder
   */
  public static Builder info(String checkpoint) {
    return of(checkpoint, Severity.INFO);
  }

  /**
   * A new finding of a checkpoint with a severity.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @param severity the severity
   * @return this builder
   */
  public static Builder of(String checkpoint, Severity severity) {
    return new Builder().checkpoint(checkpoint).severity(severity);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@code arg} and {@code evidence} keep rule consequences short. */
  public static final class Builder extends ImmutableFinding.Builder {

    /**
     * Names a value for the messages' {@code {name}} placeholder.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder arg(String name, Object value) {
      putArguments(name, value);
      return this;
    }

    /**
     * Marks the finding with the step it stands for while {@code open}; an overdue step that was taken
     * late (the breach stays) is not open.
     *
     * @param open whether the step can still be taken
     * @param step the step
     * @return this builder
     */
    public Builder step(boolean open, Step step) {
      return open ? step(step) : this;
    }

    /**
     * Cites records as evidence: ids of any kind, or collections of them.
     *
     * @param ids ids of any kind, or collections of them
     * @return this builder
     */
    public Builder evidence(Object... ids) {
      Evidence.add(this::addRecords, ids);
      return this;
    }
  }
}
