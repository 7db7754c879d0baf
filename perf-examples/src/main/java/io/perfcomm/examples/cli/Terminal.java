package io.perfcomm.examples.cli;

import io.perfcomm.core.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for a terminal: 80 columns, wrapped with hanging indents by display width (a Chinese
 * character takes two columns), ANSI colours only when asked for (standard output is a terminal and
 * {@code NO_COLOR} is not set).
 */
final class Terminal {

  /** The width text is wrapped to. */
  static final int WIDTH = 80;

  /** The escape sequences {@link #style} writes. */
  private static final Pattern OWN_STYLES = Pattern.compile("\u001b\\[(?:0|1|2|32|33|36|1;31)m");

  private static final String CLOSING = "，。、；：！？）》」』】,.;:!?)]}>%";

  private final boolean ansi;

  Terminal(boolean ansi) {
    this.ansi = ansi;
  }

  /** Colours when the JVM has a console (standard input and output are a terminal) and NO_COLOR is unset. */
  static Terminal detect() {
    return new Terminal(System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM")));
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String red(String s) {
    return style("1;31", s);
  }

  String yellow(String s) {
    return style("33", s);
  }

  String cyan(String s) {
    return style("36", s);
  }

  String green(String s) {
    return style("32", s);
  }

  /**
   * The one place text output is made safe for a terminal, applied to a whole rendered page: control
   * and bidi characters from the data are shown as U+FFFD ({@link Printable}); with colours on, the
   * colour codes this class writes, and only those, pass as they are. A name can at worst change a
   * colour then; it can never move the cursor, clear the screen, set the title or reorder a line.
   */
  String printable(String page) {
    if (!ansi) {
      return Printable.of(page);
    }
    StringBuilder out = new StringBuilder(page.length());
    Matcher own = OWN_STYLES.matcher(page);
    int from = 0;
    while (own.find()) {
      out.append(Printable.of(page.substring(from, own.start()))).append(own.group());
      from = own.end();
    }
    return out.append(Printable.of(page.substring(from))).toString();
  }

  private String style(String code, String s) {
    return ansi ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /** The columns a text takes in a terminal. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * Wraps a text to {@link #WIDTH} columns: the first line starts with {@code first}, the others with
   * {@code next}; Latin words are kept whole, Chinese breaks between characters but never before
   * closing punctuation.
   */
  static List<String> wrap(String text, String first, String next) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int used = width(first);
    boolean lineHasText = false;
    boolean pendingSpace = false;
    for (String token : tokens(text)) {
      if (token.equals(" ")) {
        pendingSpace = lineHasText;
        continue;
      }
      int tokenWidth = width(token);
      int needed = tokenWidth + (pendingSpace ? 1 : 0);
      if (lineHasText && used + needed > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(next);
        used = width(next);
        pendingSpace = false;
        lineHasText = false;
      }
      if (pendingSpace) {
        line.append(' ');
      }
      // A word longer than a whole line is cut where the line ends.
      while (used + width(token) > WIDTH && token.length() > 1 && !lineHasText) {
        int cut = fitting(token, WIDTH - used);
        line.append(token, 0, cut);
        lines.add(line.toString());
        line = new StringBuilder(next);
        used = width(next);
        token = token.substring(cut);
      }
      line.append(token);
      used += width(token) + (pendingSpace ? 1 : 0);
      lineHasText = true;
      pendingSpace = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** Wraps and joins with newlines, ending with one. */
  static String wrapped(String text, String first, String next) {
    return String.join("\n", wrap(text, first, next)) + "\n";
  }

  private static int fitting(String token, int columns) {
    int width = 0;
    int i = 0;
    while (i < token.length()) {
      int cp = token.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (width + w > Math.max(columns, 1)) {
        break;
      }
      width += w;
      i += Character.charCount(cp);
    }
    return Math.max(i, Character.charCount(token.codePointAt(0)));
  }

  /** Spaces, Latin words, and single wide characters with any closing punctuation that follows. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        flush(word, tokens);
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(" ")) {
          tokens.add(" ");
        }
      } else if (CLOSING.indexOf(cp) >= 0) {
        // Closing punctuation sticks to what precedes it.
        if (word.length() > 0) {
          word.appendCodePoint(cp);
        } else if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).equals(" ")) {
          tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + new String(Character.toChars(cp)));
        } else {
          word.appendCodePoint(cp);
        }
      } else if (isWide(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else {
        word.appendCodePoint(cp);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }
}
