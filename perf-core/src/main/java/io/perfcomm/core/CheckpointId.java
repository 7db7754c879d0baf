package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The id of a checkpoint, perf's ({@code COM-02}) or a host's ({@code ACME-01}): upper-case letters
 * or digits starting with a letter, a hyphen, then upper-case letters or digits. Only the form is
 * checked here; whether an engine has such a checkpoint is checked where the id enters it (the
 * engine's builder, a policy, a check's cycle, the test API), against that engine's rule sheets.
 */
@Value.Immutable
public abstract class CheckpointId extends Id<CheckpointId> {

  /** The form of every checkpoint id: rule names start with one, e.g. {@code COM-02}. */
  public static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*-[0-9A-Z]+");

  /**
   * The id with this value.
   *
   * @param value the id as text, e.g. {@code COM-02}
   * @return the id
   * @throws IllegalArgumentException naming the value when it is not of the form {@code ABC-01}
   *     (a lower-case id is refused, not upper-cased: {@code com-01} would otherwise be disclosed as
   *     switched off while rules compare ids exactly)
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CheckpointId of(String value) {
    return ImmutableCheckpointId.of(value);
  }

  /**
   * {@return whether a text is of the form of a checkpoint id}
   *
   * @param value the text, or null
   */
  public static boolean isWellFormed(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /** {@return the management system the checkpoint belongs to: the part before the hyphen, e.g. {@code COM}} */
  public String system() {
    return value().substring(0, value().indexOf('-'));
  }

  /** Refuses a value not of the form {@code ABC-01}, naming it (and the upper-case id it may have meant). */
  @Override
  @Value.Check
  protected void check() {
    if (!isWellFormed(value())) {
      String upper = value().strip().toUpperCase(Locale.ROOT);
      throw new IllegalArgumentException("checkpoint id \"" + value() + "\" is not of the form ABC-01"
          + (isWellFormed(upper) ? " (ids are upper case: " + upper + ")" : ""));
    }
  }
}
