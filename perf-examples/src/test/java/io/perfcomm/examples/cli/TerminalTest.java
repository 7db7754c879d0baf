package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void chineseCharactersTakeTwoColumns() {
    assertEquals(4, Terminal.width("王芳"));
    assertEquals(8, Terminal.width("E04 王芳"));
  }

  @Test
  void wrapsByDisplayWidthWithHangingIndent() {
    String text = "与 E09 的面谈 T-E09（2026年4月3日 10:00）安排在开放办公区工位旁，该场所既不私密也不安静。".repeat(3);
    List<String> lines = Terminal.wrap(text, "          ", "          ");
    assertTrue(lines.size() > 2);
    lines.forEach(line -> assertTrue(Terminal.width(line) <= Terminal.WIDTH, line));
    lines.forEach(line -> assertTrue(line.startsWith("          ")));
    lines.subList(1, lines.size()).forEach(line -> assertTrue(!line.substring(10).startsWith("，") && !line.substring(10).startsWith("。"), line));
  }

  @Test
  void keepsLatinWordsWhole() {
    List<String> lines = Terminal.wrap("word ".repeat(40).trim(), "", "  ");
    lines.forEach(line -> assertTrue(line.trim().matches("(word ?)+"), line));
    assertEquals(String.join(" ", List.of("word".repeat(1))), lines.get(0).substring(0, 4));
  }
}
