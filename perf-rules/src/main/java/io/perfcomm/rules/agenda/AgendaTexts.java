package io.perfcomm.rules.agenda;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Renders a language-neutral {@link Text} in a locale; the engine supplies its message bundles. */
public interface AgendaTexts {

  /**
   * The text with its arguments filled in, in the locale; each argument value (not the bundle's own
   * wording) passes through {@code data} first, which is how a format escapes names and remarks.
   */
  String render(Text text, Locale locale, UnaryOperator<String> data);

  /** The text with its arguments filled in as they are. */
  default String render(Text text, Locale locale) {
    return render(text, locale, UnaryOperator.identity());
  }
}
