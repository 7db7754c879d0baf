package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line break inside a value (a name, a purpose statement, an id, a file name) cannot forge a line
 * of output: text output and standard error show it as U+FFFD or a space, as they show control
 * characters.
 */
class ForgedLinesTest {

  private static final String FORGED = "\nFAKE-LINE: all clear\n";

  private static final Set<String> FREE_TEXT = Set.of("name", "target", "newTarget", "description", "summary", "text",
      "statement", "preparation", "reasons", "causes", "actual");

  @TempDir
  static Path dir;

  private static Path forged;

  @BeforeAll
  static void writeForgedCycle() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode cycle = json.readTree(Path.of(Run.demoFile()).toFile());
    forge(cycle);
    forged = dir.resolve("forged.json");
    json.writeValue(forged.toFile(), cycle);
  }

  private static void forge(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (FREE_TEXT.contains(field.getKey()) && field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(field.getValue().asText() + FORGED));
        } else if (FREE_TEXT.contains(field.getKey()) && field.getValue() instanceof ArrayNode texts) {
          for (int i = 0; i < texts.size(); i++) {
            texts.set(i, TextNode.valueOf(texts.get(i).asText() + FORGED));
          }
        } else {
          forge(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(ForgedLinesTest::forge);
    }
  }

  private static void assertNoForgedLine(String output) {
    assertFalse(output.lines().anyMatch(line -> line.strip().startsWith("FAKE-LINE")), output);
  }

  @Test
  void aLineBreakInAValueShowsAsOneLineInTheCheck() {
    Run run = Run.perf("check", forged.toString(), "--lang", "en");
    assertTrue(run.out().contains("\uFFFDFAKE-LINE: all clear\uFFFD"), run::toString);
    assertNoForgedLine(run.out());
  }

  @Test
  void aLineBreakInAValueShowsAsOneLineInTheAgenda() {
    Run run = Run.perf("agenda", forged.toString(), "--interview", "T-E07", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("FAKE-LINE"), run::toString);
    assertNoForgedLine(run.out());
  }

  @Test
  void aFileNameWithALineBreakAndEscapeIsOneLineOnStandardError() {
    Run run = Run.perf("check", dir.resolve("none\nperf check: no problems\u001b[32m.json").toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertFalse(run.err().contains("\u001b"), run::toString);
  }

  @Test
  void anIdWithALineBreakIsOneLineOnStandardError() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode cycle = (ObjectNode) json.readTree(Path.of(Run.demoFile()).toFile());
    ((ObjectNode) cycle.get("communications").get(0)).put("employee", "E01\nperf check: no problems\u001b[0m");
    Path file = Files.writeString(dir.resolve("bad-id.json"), cycle.toString());
    Run run = Run.perf("check", file.toString());
    assertEquals(2, run.exit(), run::toString);
    run.err().lines().forEach(line -> assertTrue(line.startsWith("perf check: " + file + ": "), run::toString));
    assertFalse(run.err().contains("\u001b"), run::toString);
  }

  @Test
  void aCommandLineMistakeIsOneLineAndAPointerToHelp() {
    Run run = Run.perf("check", Run.demoFile(), "--colour\nperf check: no problems");
    assertEquals(2, run.exit(), run::toString);
    assertEquals(2, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("Unknown option"), run::toString);
    assertTrue(run.err().lines().skip(1).findFirst().orElseThrow().contains("perf check --help"), run::toString);
    assertFalse(run.err().contains("Usage:"), run::toString);
  }
}
