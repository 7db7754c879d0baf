package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.rules.Checkpoint;
import io.perfcomm.rules.Checkpoints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue holds every checkpoint of DOMAIN.md §6, and README's table agrees with it. */
class CatalogueTest {

  private static final List<String> DOMAIN_IDS = List.of(
      "OBJ-01", "OBJ-02", "OBJ-03", "OBJ-04", "OBJ-05",
      "COM-01", "COM-02", "COM-03", "COM-04", "COM-05", "COM-06",
      "EVA-01", "EVA-02", "EVA-03", "EVA-04", "EVA-05", "EVA-06", "EVA-07",
      "INT-01", "INT-02", "INT-03", "INT-04", "INT-05", "INT-06", "INT-07", "INT-08",
      "APL-01", "APL-02", "APL-03", "APL-04", "APL-05",
      "APP-01", "APP-02", "APP-03",
      "TRN-01", "TRN-02");

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]{3}-\\d{2}) \\| [^|]+ \\| (ERROR|WARNING|INFO) \\| ([^|]+) \\|");

  @Test
  void catalogueHoldsEveryCheckpointOfTheDomainInOrder() {
    assertEquals(DOMAIN_IDS, Checkpoints.all().stream().map(Checkpoint::id).collect(Collectors.toList()));
  }

  @Test
  void readmeTableListsEveryCheckpointWithItsSeverityAndPolicy() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> rows = readme.stream().map(ROW::matcher).filter(Matcher::find)
        .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3).replace("`", "").strip())
        .collect(Collectors.toList());
    List<String> expected = Checkpoints.all().stream()
        .map(c -> c.id() + " " + c.severity() + " " + (c.parameters().isEmpty() ? "—" : String.join(", ", c.parameters())))
        .collect(Collectors.toList());
    assertEquals(expected, rows);
  }
}
