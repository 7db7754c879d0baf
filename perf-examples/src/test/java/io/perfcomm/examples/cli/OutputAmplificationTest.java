package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A megabyte name (repeated in every finding about its person, it once made a 3 MB file write 1.2 GB)
 * is an input error, refused at once, and the refusal does not repeat the value.
 */
class OutputAmplificationTest {

  @Test
  void aMegabyteNameIsRefusedWithoutRepeatingIt(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode cycle = (ObjectNode) json.readTree(Path.of(Run.demoFile()).toFile());
    ((ObjectNode) cycle.get("people").get(0)).put("name", "N".repeat(1_000_000));
    Path file = Files.writeString(dir.resolve("amplified.json"), cycle.toString());
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Run.perf("check", file.toString(), "--format", "json"));
    assertEquals(2, run.exit(), () -> run.toString().substring(0, Math.min(2000, run.toString().length())));
    assertEquals("", run.out());
    assertTrue(run.err().contains("name is 1000000 characters long; a name may have at most 200"), run.err());
    assertTrue(run.err().length() < 1000, "the refusal is short: " + run.err().length() + " characters");
  }
}
