package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.json.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the command line reads and writes follows the schemas in the jars, end to end. */
class OutputSchemaCliTest {

  @Test
  void demoCycleFileFollowsTheCycleSchema() throws IOException {
    assertEquals(List.of(), JsonSchemas.errors("cycle.schema.json",
        Files.readString(Path.of(Run.demoFile()), StandardCharsets.UTF_8)));
  }

  @Test
  void generatedCycleFollowsTheCycleSchema() {
    Run run = Run.perf("generate", "--employees", "25", "--seed", "4", "--breach-share", "0.5");
    assertEquals(0, run.exit(), run::toString);
    assertEquals(List.of(), JsonSchemas.errors("cycle.schema.json", run.out()));
  }

  @Test
  void checkJsonFollowsTheFindingsSchema() {
    for (String lang : List.of("en", "zh-CN")) {
      Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--lang", lang, "--disable", "COM-03");
      assertEquals(1, run.exit(), run::toString);
      assertEquals(List.of(), JsonSchemas.errors("findings.schema.json", run.out()));
    }
  }

  @Test
  void agendaJsonOfEveryKindOfTalkFollowsTheAgendaSchema() {
    assertAgenda(Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--format", "json", "--lang", "zh-CN"));
    for (String type : List.of("INDICATOR", "ROLE", "DAILY", "APPLICATION")) {
      assertAgenda(Run.perf("agenda", Run.demoFile(), "--employee", "E07", "--type", type, "--format", "json"));
    }
  }

  private static void assertAgenda(Run run) {
    assertEquals(0, run.exit(), run::toString);
    assertEquals(List.of(), JsonSchemas.errors("agenda.schema.json", run.out()));
  }
}
