package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesAValidCycleThatTheSameOptionsReproduce() throws Exception {
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");
    assertEquals(0, Run.perf("generate", "--employees", "30", "--seed", "9", "--breach-share", "0.3", "--out", first.toString()).exit());
    assertEquals(0, Run.perf("generate", "-n", "30", "--seed", "9", "--breach-share", "0.3", "-o", second.toString()).exit());
    Cycle cycle = CycleJson.read(first);
    assertEquals(30, cycle.employees().size());
    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  void writesToStandardOutputWithoutOut() {
    Run run = Run.perf("generate", "--employees", "3", "--period", "2026-05");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("{"), run.out());
    assertEquals("2026-05", CycleJson.read(run.out()).period().id().value());
  }

  @Test
  void badPeriodIsAUsageError() {
    BadInputTest.assertUsage(Run.perf("generate", "--period", "March"), "--period");
  }
}
