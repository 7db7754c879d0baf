package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AgendaCommandTest {

  @Test
  void resultInterviewAsText() {
    Run run = Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("Performance interview agenda: 刘洋 (E07), interview T-E07\n"), run::toString);
    assertTrue(run.out().contains("\n1. Preparation (before the interview) ("), run::toString);
    // The demo's interview took place on 3 April and an objection is still open: a follow-up talk on it.
    assertTrue(run.out().contains("Follow-up to the interview held on"), run::toString);
    assertTrue(run.out().contains("Objections"), run::toString);
    assertTrue(!run.out().contains("The employee's view"), run::toString);
    run.out().lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
  }

  @Test
  void resultInterviewAsMarkdownInChinese() {
    Run run = Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--format", "markdown", "--lang", "zh-CN");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("# "), run::toString);
    assertTrue(run.out().contains("## 1. "), run::toString);
  }

  @Test
  void jsonIsFormatMdsAgendaOutput() throws Exception {
    Run run = Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--format", "json");
    assertEquals(0, run.exit(), run::toString);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("perf-agenda/1", root.get("format").asText());
    assertEquals("RESULT", root.get("type").asText());
    assertEquals("T-E07", root.get("interview").asText());
    assertEquals("E07", root.get("employee").asText());
    int minutes = 0;
    for (JsonNode item : root.get("items")) {
      minutes += item.get("minutes").asInt();
    }
    assertEquals(root.get("plannedMinutes").asInt(), minutes);
  }

  @Test
  void otherCommunicationTypesByEmployee() {
    Run run = Run.perf("agenda", Run.demoFile(), "--employee", "E08", "--type", "daily", "--lang", "en");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().startsWith("Weekly check-in agenda"), run::toString);
  }

  @Test
  void unknownInterviewOrEmployeeIsExitTwo() {
    BadInputTest.assertProblem(Run.perf("agenda", Run.demoFile(), "--interview", "T-404"), "T-404");
    BadInputTest.assertProblem(Run.perf("agenda", Run.demoFile(), "--employee", "E404", "--type", "ROLE"), "E404");
  }
}
