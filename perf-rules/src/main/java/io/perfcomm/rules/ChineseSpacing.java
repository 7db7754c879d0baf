package io.perfcomm.rules;

import com.ibm.icu.text.MessagePattern;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces a Chinese message's values as Chinese typesetting does: a space where Latin letters or
 * digits meet Chinese characters, none between Chinese and Chinese. A value that begins or ends with
 * a Latin letter or digit (an id, a date, an unnamed person's id) is set off from the Chinese around
 * it: 于 2026年4月3日 上午10:30 提出的异议 O-E07-1; a value that is Chinese at both ends (a named person,
 * an indicator's name) is not: 与王芳（E04）进行, even where the pattern put spaces. The patterns cannot
 * do this themselves, because a value's ends are only known when it is rendered: a person is
 * 王芳（E04） where the cycle names them and E04 where it does not. The text of the pattern and the
 * inside of a value are never changed; numbers are left as the pattern writes them (有3项, 限 7 天), as
 * Chinese writes a count with its measure word either way.
 */
final class ChineseSpacing {

  // Unicode noncharacters, reserved for a program's internal use: they never occur in text a cycle carries.
  private static final char OPEN = '\uFDD0';
  private static final char CLOSE = '\uFDD1';

  // A bundle has a few hundred patterns; each is parsed for its arguments once.
  private static final Map<String, Set<String>> PLAIN_ARGUMENTS = new ConcurrentHashMap<>();

  private ChineseSpacing() {}

  /**
   * The arguments a pattern shows as they are ({@code {objection}}): only their values are marked. A
   * value that selects a case ({@code {byAppeal, select, …}}) or is formatted by ICU must reach ICU
   * unmarked, so an argument used that way anywhere in the pattern is left out.
   */
  static Set<String> plainArguments(String pattern) {
    return PLAIN_ARGUMENTS.computeIfAbsent(pattern, ChineseSpacing::parsePlainArguments);
  }

  private static Set<String> parsePlainArguments(String pattern) {
    Set<String> plain = new HashSet<>();
    Set<String> other = new HashSet<>();
    try {
      MessagePattern parsed = new MessagePattern(pattern);
      for (int i = 0; i + 1 < parsed.countParts(); i++) {
        MessagePattern.Part part = parsed.getPart(i);
        MessagePattern.Part name = parsed.getPart(i + 1);
        if (part.getType() == MessagePattern.Part.Type.ARG_START && name.getType() == MessagePattern.Part.Type.ARG_NAME) {
          (part.getArgType() == MessagePattern.ArgType.NONE ? plain : other).add(parsed.getSubstring(name));
        }
      }
    } catch (IllegalArgumentException e) {
      // A pattern ICU cannot parse is shown as written: there is nothing to space.
      return Set.of();
    }
    plain.removeAll(other);
    return Set.copyOf(plain);
  }

  /** A rendered value, its edges marked for {@link #apply}. */
  static String mark(String value) {
    return OPEN + value + CLOSE;
  }

  /**
   * The message with each marked value set off as Chinese typesetting sets it, and the marks removed:
   * a value that begins or ends with a Latin letter or digit (an id, a date) gets a space on each side
   * where Chinese touches it; a value that is Chinese at both ends (a name, 王芳（E04）) loses a space the
   * pattern put between it and Chinese or full-width punctuation. Any other value (one beginning with
   * an ASCII bracket, say) keeps the pattern's spacing.
   */
  static String apply(String marked) {
    StringBuilder out = new StringBuilder(marked.length() + 8);
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      int close = c == OPEN ? marked.indexOf(CLOSE, i + 1) : -1;
      if (close < 0) {
        if (c != OPEN && c != CLOSE) {
          out.append(c);
        }
        i++;
        continue;
      }
      String value = marked.substring(i + 1, close);
      i = close + 1;
      if (value.isEmpty()) {
        continue;
      }
      boolean latin = isLatin(value.codePointAt(0)) || isLatin(value.codePointBefore(value.length()));
      // Before the value: the text so far (marks are never copied into it).
      int length = out.length();
      boolean spaceBefore = length > 0 && out.charAt(length - 1) == ' ';
      int outside = previous(out, spaceBefore ? length - 1 : length);
      if (latin && !spaceBefore && isChinese(outside)) {
        out.append(' ');
      } else if (!latin && spaceBefore && isChineseOrFullWidth(outside) && isChineseOrFullWidth(value.codePointAt(0))) {
        out.setLength(length - 1);
      }
      out.append(value);
      // After the value: the rest of the message, past any marks.
      boolean spaceAfter = i < marked.length() && marked.charAt(i) == ' ';
      int after = next(marked, spaceAfter ? i + 1 : i);
      if (latin && !spaceAfter && isChinese(after)) {
        out.append(' ');
      } else if (!latin && spaceAfter && isChineseOrFullWidth(after)
          && isChineseOrFullWidth(value.codePointBefore(value.length()))) {
        i++;
      }
    }
    return out.toString();
  }

  /** The character before {@code end}; -1 at the start. */
  private static int previous(StringBuilder text, int end) {
    return end > 0 ? text.codePointBefore(end) : -1;
  }

  /** The first character from {@code from} on that is not a mark; -1 at the end. */
  private static int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != OPEN && c != CLOSE) {
        return text.codePointAt(i);
      }
    }
    return -1;
  }

  private static boolean isLatin(int cp) {
    return cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z';
  }

  private static boolean isChinese(int cp) {
    return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** A Chinese character or full-width punctuation (，。：（）“” and the like), which never wants a space beside it. */
  private static boolean isChineseOrFullWidth(int cp) {
    return isChinese(cp) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x2018 && cp <= 0x201D;
  }
}
