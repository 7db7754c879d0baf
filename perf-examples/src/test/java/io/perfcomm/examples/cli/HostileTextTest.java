package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cycle whose every free-text field (names, targets, remarks, statements, objections, plans …)
 * carries HTML, Markdown, terminal escapes, BEL, NUL and a bidi override: Markdown shows it as text,
 * plain text shows the control characters as U+FFFD, and nothing reaches the reader as markup or
 * as a terminal command.
 */
class HostileTextTest {

  private static final String HOSTILE = "# 1. <script>alert(1)</script><img src=x onerror=alert(2)> **b** [l](javascript:x)"
      + " `c` | ~~s~~ \u001b[2J\u001b]0;pwned\u0007\u0000\u202Eevil\u0008\u009b";

  /** The free-text fields of docs/format.md, wherever they occur. */
  private static final Set<String> FREE_TEXT = Set.of("name", "target", "newTarget", "description", "summary", "text",
      "statement", "preparation", "reasons", "causes", "actual");

  @TempDir
  static Path dir;

  private static Path hostile;

  @BeforeAll
  static void writeHostileCycle() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode cycle = json.readTree(Path.of(Run.demoFile()).toFile());
    poison(cycle);
    hostile = dir.resolve("hostile.json");
    json.writeValue(hostile.toFile(), cycle);
  }

  private static void poison(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (FREE_TEXT.contains(field.getKey()) && field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(HOSTILE + field.getValue().asText()));
        } else if (FREE_TEXT.contains(field.getKey()) && field.getValue() instanceof ArrayNode texts) {
          for (int i = 0; i < texts.size(); i++) {
            texts.set(i, TextNode.valueOf(HOSTILE + texts.get(i).asText()));
          }
        } else {
          poison(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(HostileTextTest::poison);
    }
  }

  private static List<Run> agendas(String format) {
    return List.of(
        Run.perf("agenda", hostile.toString(), "--interview", "T-E07", "--format", format, "--lang", "en"),
        Run.perf("agenda", hostile.toString(), "--employee", "E07", "--type", "INDICATOR", "--format", format),
        Run.perf("agenda", hostile.toString(), "--employee", "E07", "--type", "APPLICATION", "--format", format),
        Run.perf("agenda", hostile.toString(), "--employee", "E04", "--type", "DAILY", "--format", format),
        // Names of people, positions and rooms, stated purposes, objections, plan causes, actions and resources.
        Run.perf("agenda", hostile.toString(), "--employee", "E07", "--type", "ROLE", "--format", format),
        Run.perf("agenda", hostile.toString(), "--interview", "T-E07", "--format", format, "--lang", "zh-CN"));
  }

  @Test
  void markdownAgendasShowDataAsTextNeverAsMarkup() {
    for (Run run : agendas("markdown")) {
      assertEquals(0, run.exit(), run::toString);
      String md = run.out();
      assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"), md);
      assertTrue(md.contains("\\*\\*b\\*\\* \\[l\\](javascript:x) \\`c\\` \\| \\~\\~s\\~\\~"), md);
      // The heading names the employee: a hostile name is escaped there too, not only in points.
      assertTrue(md.lines().findFirst().orElseThrow().contains("&lt;script&gt;"), md);
      assertFalse(md.contains("<"), () -> "no raw '<' at all: " + md);
      assertNoControlCharacters(md);
    }
  }

  @Test
  void textAgendasAndFindingsShowControlCharactersVisibly() {
    for (Run run : agendas("text")) {
      assertEquals(0, run.exit(), run::toString);
      assertNoControlCharacters(run.out());
      assertTrue(run.out().contains("\uFFFD[2J\uFFFD]0;pwned"), run::toString);
    }
    for (String by : List.of("employee", "checkpoint")) {
      Run run = Run.perf("check", hostile.toString(), "--by", by, "--lang", "en");
      assertEquals(1, run.exit(), run::toString);
      assertNoControlCharacters(run.out());
      assertTrue(run.out().contains("\uFFFDevil"), run::toString);
    }
  }

  @Test
  void colouredTextKeepsOnlyItsOwnColourCodes() {
    String page = new Terminal(true).bold("name ") + HOSTILE;
    String shown = new Terminal(true).printable(page);
    assertTrue(shown.startsWith("\u001b[1mname \u001b[0m# 1."), shown);
    assertEquals(2, shown.chars().filter(c -> c == 0x1b).count(), shown);
    assertFalse(shown.contains("\u202E") || shown.contains("\u0007") || shown.contains("\u0000"), shown);
  }

  private static void assertNoControlCharacters(String out) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      int index = i;
      assertFalse(c != '\n' && Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069',
          () -> "U+" + Integer.toHexString(c) + " at " + index + ": " + out);
    }
  }
}
