package io.perfcomm.rules.agenda;

import java.util.Locale;

/** Renders a language-neutral {@link Text} in a locale; the engine supplies its message bundles. */
@FunctionalInterface
public interface AgendaTexts {

  /** The text with its arguments filled in, in the locale. */
  String render(Text text, Locale locale);
}
