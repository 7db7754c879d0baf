package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of heap is exit 3 and one plain line, not exit 1 ("ERROR findings") with a stack trace. */
class ResourceExhaustionTest {

  /**
   * Evidence records added to the demo cycle: about 12 MB of valid records, whose parsed form alone
   * does not fit in {@link #HEAP}. Made from the demo rather than the generator, in well under a second.
   */
  private static final int RECORDS = 25_000;
  private static final String HEAP = "-Xmx32m";

  @TempDir
  static Path dir;

  private static Path big;

  @BeforeAll
  static void writeBigFile() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode cycle = (ObjectNode) json.readTree(Path.of(Run.demoFile()).toFile());
    ArrayNode records = (ArrayNode) cycle.get("records");
    String summary = "Visited the customer, agreed the next delivery. ".repeat(10);
    for (int i = 0; i < RECORDS; i++) {
      records.addObject().put("id", "R-BIG-" + i).put("employee", "E01").put("date", "2026-03-02")
          .put("kind", "OBSERVATION").put("summary", summary + i);
    }
    big = dir.resolve("big.json");
    json.writeValue(big.toFile(), cycle);
  }

  @Test
  void runningOutOfMemoryIsExitThreeAndOneLine() throws Exception {
    Forked run = Forked.perf(List.of(HEAP, "-XX:TieredStopAtLevel=1"), null,
        "check", big.toString(), "--format", "json");
    assertEquals(3, run.exit(), run::toString);
    assertEquals("", run.out(), "nothing on standard output");
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("perf check: the check could not be completed: it ran out of memory"), run::toString);
    assertFalse(run.err().contains("Exception") || run.err().contains("Error") || run.err().contains("\tat "), run::toString);
  }
}
