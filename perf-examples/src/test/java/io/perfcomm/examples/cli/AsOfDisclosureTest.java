package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * perf judges the cycle as it stood at asOf, and says so: every output tells how many events dated
 * after asOf were left out, and a file with nobody to check never says the process was followed.
 */
class AsOfDisclosureTest {

  @TempDir
  Path dir;

  private Path demoAsOfItsThirdDay() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode cycle = (ObjectNode) json.readTree(Path.of(Run.demoFile()).toFile());
    cycle.put("asOf", cycle.get("period").get("start").asText() + "T12:00");
    return Files.writeString(dir.resolve("early.json"), cycle.toString());
  }

  @Test
  void theTextSaysHowManyEventsWereLeftOut() throws Exception {
    Run run = Run.perf("check", demoAsOfItsThirdDay().toString(), "--lang", "en");
    assertTrue(run.out().contains("dated after the moment of the check were left out as not yet"), run::toString);
  }

  @Test
  void theJsonSaysHowManyEventsWereLeftOut() throws Exception {
    Run run = Run.perf("check", demoAsOfItsThirdDay().toString(), "--format", "json");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertTrue(report.get("leftOut").asInt() > 0, run::toString);
  }

  @Test
  void theHtmlReportSaysHowManyEventsWereLeftOut() throws Exception {
    Path html = dir.resolve("early.html");
    Run run = Run.perf("report", demoAsOfItsThirdDay().toString(), "--out", html.toString(), "--lang", "en");
    assertTrue(Files.readString(html).contains("dated after the moment of the check were left out as not yet happened"),
        run::toString);
  }

  @Test
  void theAgendaTextSaysHowManyEventsWereLeftOut() throws Exception {
    Run run = Run.perf("agenda", demoAsOfItsThirdDay().toString(), "--employee", "E08", "--type", "daily", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("dated after this moment were left out as not yet happened"), run::toString);
    run.out().lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
  }

  @Test
  void theAgendaJsonSaysHowManyEventsWereLeftOut() throws Exception {
    Run run = Run.perf("agenda", demoAsOfItsThirdDay().toString(), "--employee", "E08", "--type", "daily", "--format", "json");
    assertTrue(new ObjectMapper().readTree(run.out()).get("leftOut").asInt() > 0, run::toString);
  }

  @Test
  void theDemoAsOfItsOwnMomentLeavesNothingOut() throws Exception {
    Run run = Run.perf("check", Run.demoFile(), "--format", "json");
    assertEquals(0, new ObjectMapper().readTree(run.out()).get("leftOut").asInt(), run::toString);
  }

  @Test
  void aFileWithNobodyToCheckSaysSo() throws Exception {
    Path empty = Files.writeString(dir.resolve("nobody.json"), "{\"format\": \"perf-cycle/1\", \"asOf\": \"2026-07-01T00:00\","
        + " \"period\": {\"id\": \"2026-06\", \"start\": \"2026-06-01\", \"end\": \"2026-06-30\"}}");
    Run run = Run.perf("check", empty.toString(), "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("nobody to check"), run::toString);
    assertFalse(run.out().contains("the standard process was followed"), run::toString);
  }
}
