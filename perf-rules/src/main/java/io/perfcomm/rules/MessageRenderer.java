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
   * {@return the message with its arguments filled in, in the locale} Every argument value (not the bundle's
   * own wording) is formatted for the locale and then passed through {@code data}, which is how an
   * output format escapes names and free text; a nested message is rendered the same way first.
   *
   * @param message the message
   * @param locale the locale of the text
   * @param data the escaping applied to each argument value
   */
  String render(Message message, Locale locale, UnaryOperator<String> data);

  /**
   * {@return the message with its arguments filled in as they are}
   *
   * @param message the message
   * @param locale the locale of the text
   */
  default String render(Message message, Locale locale) {
    return render(message, locale, UnaryOperator.identity());
  }
}
