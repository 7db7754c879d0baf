package io.perfcomm.rules.agenda;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A language-neutral text: a message key with named argument values (dates, numbers, ids, enums,
 * texts, other {@code Text}s), rendered in a locale by {@link Agenda#render(Text, java.util.Locale)}.
 */
@Value.Immutable
public abstract class Text {

  /** The message bundle key. */
  @Value.Parameter
  public abstract String key();

  /**
   * The values for the key's {@code {name}} placeholders. Left out of {@code toString}: agenda texts
   * quote scores and remarks, and logs must not carry them.
   */
  @Value.Redacted
  public abstract Map<String, Object> arguments();

  /** A text without arguments. */
  public static Text of(String key) {
    return builder().key(key).build();
  }

  /** This text with one more argument. */
  public Text with(String name, Object value) {
    return builder().from(this).putArguments(name, value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Text}. */
  public static final class Builder extends ImmutableText.Builder {}
}
