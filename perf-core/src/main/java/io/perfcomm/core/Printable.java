package io.perfcomm.core;

/**
 * Text from a cycle file made safe to show as plain text: control characters (ESC, BEL, NUL …, all
 * but the line feed), bidirectional overrides and isolates (U+202E …) and line separators become
 * U+FFFD, visible and one column wide, so a name can neither drive the terminal nor reorder a line.
 */
public final class Printable {

  /** What every unsafe character is shown as: the replacement character, "�". */
  public static final char SHOWN_AS = '\uFFFD';

  private Printable() {}

  /**
   * {@return the text with every unsafe character replaced by {@link #SHOWN_AS}; the same string
   * when it has none}
   *
   * @param text the text
   */
  public static String of(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isUnsafe(c) ? SHOWN_AS : c);
    }
    return out.toString();
  }

  /**
   * {@return the text as one line: every unsafe character and every line feed replaced by {@link #SHOWN_AS}}
   * For a value inside a line (a name, a purpose statement, an id, a file name), so that a line break
   * in the data cannot forge a line of output ("perf check: no problems").
   *
   * @param text the text
   */
  public static String oneLine(String text) {
    if (text.indexOf('\n') < 0) {
      return of(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || isUnsafe(c) ? SHOWN_AS : c);
    }
    return out.toString();
  }

  /**
   * {@return whether a character must not reach a terminal or a plain-text reader as it is}
   *
   * @param c the character
   */
  public static boolean isUnsafe(char c) {
    if (c == '\n') {
      return false;
    }
    return Character.isISOControl(c)                      // C0, DEL and C1: ESC, BEL, NUL, CSI …
        || c == '\u061C' || c == '\u200E' || c == '\u200F'   // Arabic letter mark, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E')                  // embeddings and overrides (U+202E RLO)
        || (c >= '\u2066' && c <= '\u2069')                  // isolates
        || c == '\u2028' || c == '\u2029';                   // line and paragraph separators
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
