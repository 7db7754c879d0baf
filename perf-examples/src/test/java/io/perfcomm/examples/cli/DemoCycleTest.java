package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCycleTest {

  @Test
  void storedDemoCycleIsWhatItsSourceBuilds() throws Exception {
    String stored = Files.readString(Path.of(Run.demoFile()), StandardCharsets.UTF_8);
    assertEquals(CycleJson.write(DemoCycleSource.build()) + "\n", stored,
        "run DemoCycleSource.main with the file's path to write it again");
  }

  @Test
  void eachEmployeeTripsExactlyTheIntendedCheckpoints() {
    Cycle cycle = DemoCommand.sample();
    Report report = PerfEngine.withDefaults().check(cycle);
    Map<String, Set<String>> expected = Map.of(
        "E01", Set.of(), "E02", Set.of(), "E03", Set.of(),
        "E04", Set.of("INT-01"), "E05", Set.of("EVA-02", "EVA-06"), "E06", Set.of("INT-08"),
        "E07", Set.of("APL-01", "APL-02", "APL-05"), "E08", Set.of("COM-01"),
        "E09", Set.of("INT-02", "INT-03"), "E10", Set.of("COM-05"));
    expected.forEach((employee, checkpoints) -> assertEquals(new TreeSet<>(checkpoints),
        report.about(PersonId.of(employee)).stream().map(Finding::checkpoint).collect(Collectors.toCollection(TreeSet::new)),
        employee));
    assertTrue(report.findings("TRN-01").stream().anyMatch(f -> f.evaluator().equals(java.util.Optional.of(PersonId.of("M2")))
        && f.severity() == Severity.WARNING));
  }
}
