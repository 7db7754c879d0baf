package io.perfcomm.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.json.CycleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The well-run month ships as a sample cycle file too; the file is what the fixture builds. */
class WellRunMonthFileTest {

  @Test
  void storedFileIsWhatTheFixtureBuilds() throws IOException {
    try (InputStream in = WellRunMonthFileTest.class.getResourceAsStream(WellRunMonth.RESOURCE)) {
      assertEquals(CycleJson.write(WellRunMonth.cycle()) + "\n", new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "run WellRunMonthFileTest.main with the file's path to write it again");
    }
  }

  @Test
  void storedFileReadsBackToTheFixture() throws IOException {
    try (InputStream in = WellRunMonthFileTest.class.getResourceAsStream(WellRunMonth.RESOURCE)) {
      assertEquals(WellRunMonth.cycle(), CycleJson.read(in));
    }
  }

  /** Writes the sample: {@code main perf-core/src/test/resources/io/perfcomm/core/scenario/well-run-month.json}. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), CycleJson.write(WellRunMonth.cycle()) + "\n", StandardCharsets.UTF_8);
  }
}
