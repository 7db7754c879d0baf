package io.perfcomm.rules.agenda;

import io.perfcomm.core.Printable;

/**
 * The one place Markdown agendas escape data (names, targets, remarks, ids): a value is shown as the
 * characters it holds, never read as markup. HTML-significant characters become entities (which
 * Markdown renders as the characters themselves), inline markup characters are backslash-escaped,
 * a value never breaks the line it is on, and control and bidi characters are shown as U+FFFD.
 */
final class Markdown {

  /** Inline markup anywhere in a line: emphasis, code, links, tables, strikethrough, and the escape itself. */
  private static final String INLINE = "\\`*_[]|~";

  /** Block markup that counts only at the start of a line: a value may start one (a point "- {text}"). */
  private static final String LINE_START = "#+-=";

  private Markdown() {}

  /** A data value as Markdown text. */
  static String text(String value) {
    String safe = oneLine(value);
    int first = 0;
    while (first < safe.length() && safe.charAt(first) == ' ') {
      first++;
    }
    int listMarker = numberedListMarker(safe, first);
    StringBuilder out = new StringBuilder(safe.length() + 8);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default:
          if (INLINE.indexOf(c) >= 0 || (i == first && LINE_START.indexOf(c) >= 0) || i == listMarker) {
            out.append('\\');
          }
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Where "12." or "3)" at the start would make a numbered list: the index of its dot or parenthesis, else -1. */
  private static int numberedListMarker(String text, int first) {
    int i = first;
    while (i < text.length() && i - first < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > first && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')') ? i : -1;
  }

  private static String oneLine(String value) {
    return Printable.of(value).replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * A data value as a code span: fenced by one backtick more than the longest run inside it, so a
   * backtick in an id cannot close the span early. Inside a code span nothing is markup, not even {@code <}.
   */
  static String code(String value) {
    String safe = oneLine(value);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < safe.length(); i++) {
      run = safe.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return fence + pad + safe + pad + fence;
  }
}
