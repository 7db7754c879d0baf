package io.perfcomm.examples.cli;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.perfcomm.core.Printable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
      width += cp == WORD_JOINER ? 0 : isWide(cp) ? 2 : 1;
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
   * {@code next}. Lines break where the Unicode line-breaking rules (UAX #14, ICU's {@link
   * BreakIterator}) allow: Latin words stay whole, Chinese breaks between characters but never before
   * closing punctuation nor after opening punctuation, and never inside an id or a Chinese date
   * ({@link #staysWhole}); a word longer than a line is cut where the line ends. Widths are display
   * columns (a Chinese character takes two). The one wrapper of the command line: findings, agendas
   * and the demo use it.
   */
  static List<String> wrap(String wrapping, String first, String next) {
    // What is wrapped is one line of output: a line feed in it came from a value, and would forge a line.
    String text = Printable.oneLine(wrapping);
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    int used = width(first);
    boolean lineHasText = false;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (staysWhole(text, end)) {
        continue;
      }
      String segment = text.substring(start, end);
      start = end;
      boolean hardBreak = segment.endsWith("\n");
      String word = segment.stripTrailing();
      String gap = segment.substring(word.length()).replace("\n", "").replace("\r", "");
      if (lineHasText && used + width(word) > WIDTH) {
        lines.add(finished(line, prefix));
        prefix = next.length();
        line = new StringBuilder(next);
        used = width(next);
        lineHasText = false;
      }
      // A word longer than a whole line is cut where the line ends.
      while (used + width(word) > WIDTH && word.length() > 1 && !lineHasText) {
        int cut = fitting(word, WIDTH - used);
        lines.add(line.append(word, 0, cut).toString());
        prefix = next.length();
        line = new StringBuilder(next);
        used = width(next);
        word = word.substring(cut);
      }
      line.append(word).append(gap);
      used += width(word) + width(gap);
      lineHasText = lineHasText || !word.isEmpty();
      if (hardBreak) {
        lines.add(finished(line, prefix));
        prefix = next.length();
        line = new StringBuilder(next);
        used = width(next);
        lineHasText = false;
      }
    }
    lines.add(finished(line, prefix));
    // Word joiners kept units whole (keepWhole, wrappedWords); they take no column and leave no trace.
    lines.replaceAll(l -> l.indexOf(WORD_JOINER) < 0 ? l : l.replace(String.valueOf(WORD_JOINER), ""));
    return lines;
  }

  /**
   * Whether a break ICU allows falls inside a record id or a date or time, which a reader takes in as
   * one word: after a hyphen between ASCII letters or digits ({@code I-E06-2}: a line broken there
   * shows an id that does not exist); between a number and the Chinese after it (its 年, 月 or 日, or a
   * measure: {@code 360度}), or 上午/下午 and the hour ({@code 2026年3月29日 上午10:00} breaks only at its
   * space); between a spaced count and its measure word ({@link #chineseCount}); and inside an English
   * date or time,
   * {@code Mar 2, 2026}, {@code March 2026} and {@code 9:00 AM}, which break only after their comma.
   */
  private static boolean staysWhole(String text, int at) {
    if (at < 1 || at >= text.length()) {
      return false;
    }
    char before = text.charAt(at - 1);
    char after = text.charAt(at);
    boolean hyphenatedId = before == '-' && at >= 2 && isAsciiLetterOrDigit(text.charAt(at - 2)) && isAsciiLetterOrDigit(after);
    // A number and the Chinese after it (2026年, 360度) are one word, as are 年/月/午 and the number after them.
    boolean chineseDate = isAsciiDigit(before) && Character.UnicodeScript.of(after) == Character.UnicodeScript.HAN
        || "年月午".indexOf(before) >= 0 && isAsciiDigit(after)
        || (before == '上' || before == '下') && after == '午';
    return hyphenatedId || chineseDate || chineseCount(text, at) || before == ' ' && englishDate(text, at - 1);
  }

  /** The Chinese measure words a spaced count ends with: 60 分钟, 3 次, 7 个工作日, 2 项, 10 分, 3 份. */
  private static final List<String> MEASURES =
      List.of("个工作日", "分钟", "小时", "次", "天", "个", "项", "名", "周", "人", "份", "位", "条", "分");

  /**
   * Whether the break at {@code at} parts a spaced number from the measure word after it, or falls
   * inside that word ({@code 共 60 分钟}: a line ending in 60, or in 60 分, leaves the reader asking 60
   * what).
   */
  private static boolean chineseCount(String text, int at) {
    for (int start = at; start >= Math.max(2, at - 3); start--) {
      if (text.charAt(start - 1) == ' ') {
        int measure = start;
        return isAsciiDigit(text.charAt(start - 2))
            && MEASURES.stream().anyMatch(m -> text.startsWith(m, measure) && at < measure + m.length());
      }
    }
    return false;
  }

  /** An English month before it ("Mar 2", "March 2026"), a day before it and a year after ("2, 2026"). */
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?:^|[^A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June"
      + "|July|August|September|October|November|December)$");
  private static final Pattern DAY_BEFORE = Pattern.compile("(?:^|[^0-9])[0-9]{1,2},$");
  private static final Pattern YEAR_AFTER = Pattern.compile("^[0-9]{4}(?![0-9])");
  private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:^|[^0-9])[0-9]{1,2}:[0-9]{2}$");
  private static final Pattern MERIDIEM_AFTER = Pattern.compile("^[AP]M(?![A-Za-z])");

  /** Whether the space at {@code space} sits inside an English date or time ({@link #staysWhole}). */
  private static boolean englishDate(String text, int space) {
    String before = text.substring(Math.max(0, space - 12), space);
    String after = text.substring(space + 1, Math.min(text.length(), space + 6));
    return MONTH_BEFORE.matcher(before).find() && !after.isEmpty() && isAsciiDigit(after.charAt(0))
        || DAY_BEFORE.matcher(before).find() && YEAR_AFTER.matcher(after).find()
        || CLOCK_BEFORE.matcher(before).find() && MERIDIEM_AFTER.matcher(after).find();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A line without the spaces after its last word; its lead (indent) stays as it is. */
  private static String finished(StringBuilder line, int prefix) {
    int end = line.length();
    while (end > prefix && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end);
  }

  /**
   * Wraps a list of words (record ids) that must never break inside, joined by spaces or by the
   * Chinese list comma 、: lines break only after those.
   */
  static String wrappedWords(String text, String first, String next) {
    // A word joiner after each character that is not a space keeps ICU from breaking inside a word
    // (after a hyphen, say); it takes no column and is removed again from the lines.
    StringBuilder joined = new StringBuilder();
    text.codePoints().forEach(cp -> {
      joined.appendCodePoint(cp);
      if (cp != ' ' && cp != '、') {
        joined.append(WORD_JOINER);
      }
    });
    return wrapped(joined.toString(), first, next);
  }

  private static final char WORD_JOINER = '\u2060';

  /** Wraps and joins with newlines, ending with one. */
  static String wrapped(String text, String first, String next) {
    return String.join("\n", wrap(text, first, next)) + "\n";
  }

  /**
   * Wraps and joins with newlines, ending with one, never breaking inside one of {@code units}: the
   * rendered names of people ({@code 赵明轩（E01）}) and the names of indicators ({@code 大客户回款额}),
   * which a reader takes in as one word (DOMAIN.md §6.4).
   */
  static String wrapped(String text, String first, String next, Collection<String> units) {
    return String.join("\n", wrap(keepWhole(text, units), first, next)) + "\n";
  }

  /** The text with a word joiner between the characters of every occurrence of each unit; {@link #wrap} removes them. */
  static String keepWhole(String text, Collection<String> units) {
    String joined = text;
    // Longest first: a name inside a longer one (回款额 in 大客户回款额) must not split the longer one's joiners.
    List<String> longestFirst = new ArrayList<>(units);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String unit : longestFirst) {
      if (unit.codePointCount(0, unit.length()) > 1 && joined.contains(unit)) {
        StringBuilder whole = new StringBuilder();
        unit.codePoints().forEach(cp -> {
          if (whole.length() > 0) {
            whole.append(WORD_JOINER);
          }
          whole.appendCodePoint(cp);
        });
        joined = joined.replace(unit, whole.toString());
      }
    }
    return joined;
  }

  private static int fitting(String token, int columns) {
    int width = 0;
    int i = 0;
    while (i < token.length()) {
      int cp = token.codePointAt(i);
      int w = cp == WORD_JOINER ? 0 : isWide(cp) ? 2 : 1;
      if (width + w > Math.max(columns, 1)) {
        break;
      }
      width += w;
      i += Character.charCount(cp);
    }
    return Math.max(i, Character.charCount(token.codePointAt(0)));
  }
}
