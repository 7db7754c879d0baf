package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator's name is never broken across lines at 80 columns (DOMAIN.md §6.4), in the check's
 * findings and in an agenda, in Chinese and English, wherever a line happens to end: the demo's
 * E06 missed 新客户开发 and agreed no plan (INT-08), with the name made longer step by step so that it
 * falls across the end of a line somewhere.
 */
class UnbrokenNamesTest {

  @TempDir
  Path dir;

  /** The demo cycle with E06's second indicator renamed. */
  private Path renamed(String name) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode cycle = json.readTree(Path.of(Run.demoFile()).toFile());
    for (JsonNode sheet : cycle.get("sheets")) {
      for (JsonNode indicator : sheet.get("indicators")) {
        if (indicator.get("id").asText().equals("I-E06-2")) {
          ((ObjectNode) indicator).put("name", name);
        }
      }
    }
    Path file = dir.resolve(name.length() + ".json");
    json.writeValue(file.toFile(), cycle);
    return file;
  }

  /** How often the name occurs on one line, and how often once the lines are joined again. */
  private static void assertWhole(String name, String output, String what) {
    int whole = count(output, name);
    int joined = count(output.replaceAll("\n *", ""), name);
    assertTrue(whole > 0, () -> what + " does not name " + name + ":\n" + output);
    assertEquals(joined, whole, () -> what + " breaks " + name + " across lines:\n" + output);
    for (String line : output.split("\n")) {
      assertTrue(Terminal.width(line) <= Terminal.WIDTH, () -> what + ": wider than 80 columns: " + line);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void aLongChineseIndicatorNameStaysOnOneLineInFindingsAndAgendas() throws Exception {
    for (int longer = 0; longer < 10; longer++) {
      String name = "华东区".repeat(longer / 3) + "重点".repeat(longer % 3) + "新客户开发";
      Path file = renamed(name);
      for (String language : List.of("zh-CN", "en")) {
        Run check = Run.perf("check", file.toString(), "--lang", language);
        assertWhole(name, check.out(), "check --lang " + language);
        Run agenda = Run.perf("agenda", file.toString(), "--interview", "T-E06", "--lang", language);
        assertEquals(0, agenda.exit(), agenda::toString);
        assertWhole(name, agenda.out(), "agenda --lang " + language);
      }
    }
  }
}
