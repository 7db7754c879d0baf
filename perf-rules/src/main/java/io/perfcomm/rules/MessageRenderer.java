package io.perfcomm.rules;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Renders {@link Message}s in a locale from the engine's message bundles, people named as the checked
 * cycle names them ({@code Name (id)} / {@code 姓名（工号）}). Findings ({@link Report#render}), agendas
 * and the command line all render through this one interface.
 */
public interface MessageRenderer {

  /**
   * The message with its arguments filled in, in the locale. Every argument value (not the bundle's
   * own wording) is formatted for the locale and then passed through {@code data}, which is how an
   * output format escapes names and free text; a nested message is rendered the same way first.
   */
  String render(Message message, Locale locale, UnaryOperator<String> data);

  /** The message with its arguments filled in as they are. */
  default String render(Message message, Locale locale) {
    return render(message, locale, UnaryOperator.identity());
  }
}
