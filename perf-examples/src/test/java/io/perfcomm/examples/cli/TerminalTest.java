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
  void aPersonsNameIsNeverBrokenAcrossLines() {
    // Used to print 赵明/轩 at a line end (DOMAIN.md §6.4): the name is kept as one unit wherever it falls.
    for (int filler = 0; filler < 40; filler++) {
      String text = "评".repeat(filler) + "与被考核者赵明轩（E01）的面谈没有登记计划时长，请赵明轩补充。";
      List<String> lines = Terminal.wrap(Terminal.keepWhole(text, List.of("赵明轩（E01）", "赵明轩")), "  ", "  ");
      String joined = String.join("|", lines);
      assertTrue(joined.contains("赵明轩（E01）") && joined.replace("赵明轩（E01）", "").contains("赵明轩"), joined);
      lines.forEach(line -> assertTrue(Terminal.width(line) <= Terminal.WIDTH, line));
      lines.forEach(line -> assertTrue(line.indexOf('\u2060') < 0, "no word joiner is left: " + line));
    }
  }

  @Test
  void keepsLatinWordsWhole() {
    List<String> lines = Terminal.wrap("word ".repeat(40).trim(), "", "  ");
    lines.forEach(line -> assertTrue(line.trim().matches("(word ?)+"), line));
    assertEquals(String.join(" ", List.of("word".repeat(1))), lines.get(0).substring(0, 4));
  }

  @Test
  void neverBreaksAfterOpeningPunctuationNorBeforeClosing() {
    String text = "回顾三月绩效结果：“新接手的区域客户基础差，回款目标不应按老区域标准考核”。".repeat(4);
    List<String> lines = Terminal.wrap(text, "   - ", "     ");
    lines.forEach(line -> assertTrue(Terminal.width(line) <= Terminal.WIDTH, line));
    for (int i = 0; i < lines.size() - 1; i++) {
      assertTrue(!lines.get(i).endsWith("“"), lines.get(i));
      String rest = lines.get(i + 1).substring(5);
      assertTrue(!rest.startsWith("”") && !rest.startsWith("。") && !rest.startsWith("，"), lines.get(i + 1));
    }
    assertEquals(text, String.join("", lines.stream().map(l -> l.substring(5)).toList()));
  }

  @Test
  void aLeadStaysWhenTheTextIsEmpty() {
    assertEquals(List.of("    "), Terminal.wrap("", "    ", "  "));
  }

  @Test
  void aWordLongerThanALineIsCut() {
    List<String> lines = Terminal.wrap("x".repeat(200), "", "");
    assertEquals(List.of(80, 80, 40), lines.stream().map(String::length).toList());
  }

  @Test
  void aRecordIdIsNeverBrokenAtItsHyphen() {
    // Wherever the line ends, the id stays on one line: "I-" alone would name a record that does not exist.
    for (int filler = 0; filler < 40; filler++) {
      String text = "与".repeat(filler) + "没有共同制定绩效改进计划，而指标 I-E06-2 未达成目标（考核结果 V-E06）。";
      List<String> lines = Terminal.wrap(text, "          ", "          ");
      assertTrue(lines.stream().anyMatch(line -> line.contains("I-E06-2")), () -> String.join("\n", lines));
      lines.forEach(line -> assertTrue(!line.endsWith("-"), line));
    }
  }

  @Test
  void aChineseDateAndTimeStayOnOneLineEach() {
    for (int filler = 0; filler < 40; filler++) {
      String text = "评".repeat(filler) + "考核结果 V-E04 于2026年12月31日 上午10:00评分后，截至2027年1月8日仍未进行绩效面谈。";
      List<String> lines = Terminal.wrap(text, "", "");
      for (String whole : List.of("2026年12月31日", "上午10:00", "2027年1月8日")) {
        assertTrue(lines.stream().anyMatch(line -> line.contains(whole)), () -> whole + " broken:\n" + String.join("\n", lines));
      }
      assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }
  }

  @Test
  void aNumberStaysWithTheChineseAfterIt() {
    // Used to print 补考时重新收集360 / 度《绩效面谈反馈》.
    for (int filler = 0; filler < 40; filler++) {
      String text = "评".repeat(filler) + "请安排考核者参加下一期绩效面谈培训并补考，补考时重新收集360度《绩效面谈反馈》。";
      List<String> lines = Terminal.wrap(text, "", "");
      assertTrue(lines.stream().anyMatch(line -> line.contains("360度")), () -> String.join("\n", lines));
    }
  }

  @Test
  void aSpacedCountStaysWithItsMeasureWord() {
    // Used to print 共 60 / 分钟 in an agenda's heading and 仅进行了 15 / 分钟 in INT-04.
    for (int filler = 0; filler < 40; filler++) {
      String text = "评".repeat(filler) + "被考核者谢浩（E-00011），考核者唐建华（M-0002）；共 60 分钟，4 项；仅进行了 15 分钟。";
      List<String> lines = Terminal.wrap(text, "", "");
      assertTrue(lines.stream().anyMatch(line -> line.contains("60 分钟")), () -> String.join("\n", lines));
      assertTrue(lines.stream().anyMatch(line -> line.contains("15 分钟")), () -> String.join("\n", lines));
      assertTrue(lines.stream().anyMatch(line -> line.contains("4 项")), () -> String.join("\n", lines));
    }
  }

  @Test
  void hyphenatedEnglishStillBreaksAtSpaces() {
    List<String> lines = Terminal.wrap("a month-end summary ".repeat(10).trim(), "", "");
    lines.forEach(line -> assertTrue(Terminal.width(line) <= Terminal.WIDTH && !line.endsWith("-"), line));
  }

  @Test
  void anIndicatorNameIsNeverBrokenAcrossLinesInEitherLanguage() {
    String name = "华东区重点大客户回款额及回款及时率";
    for (int filler = 0; filler < 40; filler++) {
      for (String text : List.of("评".repeat(filler) + "面谈结束时没有共同制定绩效改进计划，而指标“" + name + "”未达成目标。",
          "x".repeat(filler) + " Interview T-E06 ended without an agreed improvement plan, although " + name
              + " missed the target.")) {
        List<String> lines = Terminal.wrap(Terminal.keepWhole(text, List.of(name)), "          ", "          ");
        assertTrue(lines.stream().anyMatch(line -> line.contains(name)), () -> String.join("\n", lines));
        lines.forEach(line -> assertTrue(Terminal.width(line) <= Terminal.WIDTH, line));
      }
    }
  }

  @Test
  void aNameInsideALongerNameLeavesTheLongerOneWhole() {
    // 回款额 is an indicator of its own and part of 大客户回款额: joining the short one first would split the long one.
    for (int filler = 0; filler < 40; filler++) {
      String text = "评".repeat(filler) + "指标“回款额”已达成，指标“大客户回款额”未达成目标，请说明原因。";
      List<String> lines = Terminal.wrap(Terminal.keepWhole(text, List.of("回款额", "大客户回款额")), "", "");
      assertTrue(lines.stream().anyMatch(line -> line.contains("大客户回款额")), () -> String.join("\n", lines));
    }
  }

  @Test
  void anEnglishDateAndTimeStayOnOneLineEach() {
    for (int filler = 0; filler < 40; filler++) {
      String text = "x".repeat(filler) + " was scored on Apr 2, 2026, 2:00 PM, and by March 2026 no interview was held"
          + " (due by Apr 14, 2026).";
      List<String> lines = Terminal.wrap(text, "", "");
      for (String whole : List.of("Apr 2, 2026,", "2:00 PM", "March 2026", "Apr 14, 2026")) {
        assertTrue(lines.stream().anyMatch(line -> line.contains(whole)), () -> whole + " broken:\n" + String.join("\n", lines));
      }
    }
  }
}
