package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.json.JsonSchemas;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.WellRunMonth;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaFormat;
import io.perfcomm.rules.agenda.AgendaItemKind;
import io.perfcomm.rules.due.ActorRole;
import io.perfcomm.rules.due.DueList;
import io.perfcomm.rules.due.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * perf's own outputs follow the schemas it ships (findings, agenda, due), as an independent validator
 * judges them; the schemas' enumerations are the Java enums; and the schemas refuse what is not the format.
 */
class OutputSchemaTest {

  private static final String FINDINGS = "findings.schema.json";
  private static final String AGENDA = "agenda.schema.json";
  private static final String DUE = "due.schema.json";

  private static final PerfEngine ENGINE = PerfEngine.withDefaults();

  // --- findings --------------------------------------------------------------------------------

  @Test
  void findingsOfTheWellRunMonthAreValid() {
    assertValidFindings(ENGINE.check(WellRunMonth.cycle()));
  }

  @Test
  void findingsOfFormatsExampleAreValidInBothLanguages() throws IOException {
    Report report = ENGINE.check(example());
    assertEquals(List.of(), JsonSchemas.errors(FINDINGS, FindingsJson.write(report, Locale.ENGLISH)));
    assertEquals(List.of(), JsonSchemas.errors(FINDINGS, FindingsJson.write(report, Locale.SIMPLIFIED_CHINESE)));
  }

  @Test
  void findingsOfGeneratedCyclesWithBreachesAreValid() {
    for (long seed : new long[] {3, 17, 20261201}) {
      Report report = ENGINE.check(CycleGenerator.generate(seed, 40, 0.6));
      assertTrue(report.count(Severity.ERROR) > 0, "breaches give findings to validate");
      assertValidFindings(report);
    }
  }

  @Test
  void findingsWithCheckpointsSwitchedOffByEveryoneAreValid() throws IOException {
    Cycle cycle = Cycle.builder().from(example())
        .policy(Policy.builder().addDisabled("INT-03").build()).build();
    PerfEngine engine = PerfEngine.builder().disable("COM-03", "INT-03")
        .policy(Policy.builder().addDisabled("TRN-01").build()).build();
    ObjectNode json = FindingsJson.tree(engine.check(cycle), Locale.ENGLISH);
    assertEquals(3, json.get("disabled").size());
    assertEquals(List.of(), JsonSchemas.errors(FINDINGS, json));
  }

  @Test
  void findingsMayDiscloseSeveritiesThePolicyChanged() {
    ObjectNode json = FindingsJson.tree(ENGINE.check(WellRunMonth.cycle()), Locale.ENGLISH);
    json.putObject("severities").put("COM-03", "INFO");
    json.putObject("departmentSeverities").putObject("SALES").put("EVA-02", "ERROR");
    assertEquals(List.of(), JsonSchemas.errors(FINDINGS, json));
  }

  @Test
  void writtenFindingsAreTheTreePrettyPrinted() {
    Report report = ENGINE.check(CycleGenerator.generate(5, 10, 0.5));
    assertEquals(JsonSchemas.tree(FindingsJson.write(report, Locale.ENGLISH)), FindingsJson.tree(report, Locale.ENGLISH));
    assertTrue(FindingsJson.write(report, Locale.ENGLISH).startsWith("{\n  \"format\": \"perf-findings/1\",\n"));
  }

  // --- agendas ---------------------------------------------------------------------------------

  @Test
  void resultAgendasOfFormatsExampleAreValid() throws IOException {
    Cycle cycle = example();
    Report report = ENGINE.check(cycle);
    for (Interview interview : cycle.interviews()) {
      assertValidAgenda(ENGINE.agenda(cycle, report, interview.id()).render(AgendaFormat.JSON, Locale.ENGLISH));
    }
  }

  @Test
  void agendasOfEveryOtherTypeAreValid() throws IOException {
    for (Cycle cycle : List.of(example(), WellRunMonth.cycle())) {
      Report report = ENGINE.check(cycle);
      for (Person employee : cycle.employees()) {
        for (CommunicationType type : EnumSet.complementOf(EnumSet.of(CommunicationType.RESULT))) {
          assertValidAgenda(ENGINE.agenda(cycle, report, employee.id(), type).render(AgendaFormat.JSON, Locale.ENGLISH));
        }
      }
    }
  }

  @Test
  void agendasOfGeneratedInterviewsAreValidInBothLanguages() {
    Cycle cycle = CycleGenerator.generate(11, 20, 0.5);
    Report report = ENGINE.check(cycle);
    cycle.interviews().stream().limit(10).forEach(interview -> {
      assertValidAgenda(ENGINE.agenda(cycle, report, interview.id()).render(AgendaFormat.JSON, Locale.ENGLISH));
      assertValidAgenda(ENGINE.agenda(cycle, report, interview.id()).render(AgendaFormat.JSON, Locale.SIMPLIFIED_CHINESE));
    });
  }

  // --- due -------------------------------------------------------------------------------------

  @Test
  void formatsDueExampleIsValid() {
    assertEquals(List.of(), JsonSchemas.errors(DUE, dueExample()));
  }

  @Test
  void dueListsOfGeneratedCyclesAreValidInBothLanguages() {
    for (long seed : new long[] {3, 17, 20261201}) {
      Cycle cycle = CycleGenerator.generate(seed, 40, 0.6);
      DueList due = ENGINE.due(cycle);
      assertFalse(due.isEmpty(), "open steps to validate");
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertEquals(List.of(), JsonSchemas.errors(DUE, due.toJson(locale)));
      }
    }
  }

  @Test
  void aDueListOfAWellRunMonthIsValidAndEmpty() {
    String json = ENGINE.due(WellRunMonth.cycle()).toJson(Locale.ENGLISH);
    assertEquals(List.of(), JsonSchemas.errors(DUE, json));
    assertEquals(0, JsonSchemas.tree(json).get("due").size());
  }

  @Test
  void aDueStepWithNobodyInTheRoleHasNoActor() {
    ObjectNode json = (ObjectNode) JsonSchemas.tree(dueExample());
    ((ObjectNode) json.at("/due/0")).remove("actor");
    assertEquals(List.of(), JsonSchemas.errors(DUE, json));
  }

  // --- what is not the format ------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTheFormat")
  void schemasRefuseWhatIsNotTheFormat(String what, String schema, Consumer<ObjectNode> spoil) {
    ObjectNode json = valid(schema);
    assertEquals(List.of(), JsonSchemas.errors(schema, json), "valid before it is spoiled");
    spoil.accept(json);
    assertFalse(JsonSchemas.errors(schema, json).isEmpty(), what);
  }

  static Stream<Arguments> notTheFormat() {
    return Stream.of(
        Arguments.of("findings: an unknown field", FINDINGS, (Consumer<ObjectNode>) j -> j.put("extra", 1)),
        Arguments.of("findings: an unknown field of a finding", FINDINGS,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/findings/0")).put("title", "x")),
        Arguments.of("findings: a wrong severity", FINDINGS,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/findings/0")).put("severity", "FATAL")),
        Arguments.of("findings: a wrong disabler", FINDINGS,
            (Consumer<ObjectNode>) j -> j.putObject("disabledBy").putArray("COM-03").add("POLICY")),
        Arguments.of("findings: no summary", FINDINGS, (Consumer<ObjectNode>) j -> j.remove("summary")),
        Arguments.of("findings: a wrong severity set by policy", FINDINGS,
            (Consumer<ObjectNode>) j -> j.putObject("severities").put("COM-03", "LOW")),
        Arguments.of("findings: another version", FINDINGS, (Consumer<ObjectNode>) j -> j.put("format", "perf-findings/2")),
        Arguments.of("agenda: an unknown item kind", AGENDA,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/items/0")).put("kind", "SMALL_TALK")),
        Arguments.of("agenda: a wrong type", AGENDA, (Consumer<ObjectNode>) j -> j.put("type", "LUNCH")),
        Arguments.of("agenda: an item without minutes", AGENDA,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/items/0")).remove("minutes")),
        Arguments.of("due: an unknown field", DUE, (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/due/0")).put("who", "x")),
        Arguments.of("due: a wrong actor role", DUE,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/due/0")).put("actorRole", "LEADER")),
        Arguments.of("due: no by", DUE, (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/due/0")).remove("by")),
        Arguments.of("due: no about", DUE, (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/due/0")).remove("about")),
        Arguments.of("due: an unknown step", DUE,
            (Consumer<ObjectNode>) j -> ((ObjectNode) j.at("/due/0")).put("step", "CELEBRATE")),
        Arguments.of("due: no leftOut", DUE, (Consumer<ObjectNode>) j -> j.remove("leftOut")));
  }

  // --- the schemas' enumerations are the Java enums --------------------------------------------

  @Test
  void findingsEnumsAreTheJavaEnums() {
    JsonNode schema = source(FINDINGS);
    assertEquals(names(Severity.values()), list(schema.at("/$defs/severity/enum")));
    assertEquals(names(DisabledBy.values()), list(schema.at("/$defs/disabledBy/enum")));
    assertEquals(names(Severity.values()), list(schema.at("/properties/summary/required")));
  }

  @Test
  void agendaEnumsAreTheJavaEnums() {
    JsonNode schema = source(AGENDA);
    assertEquals(names(CommunicationType.values()), list(schema.at("/properties/type/enum")));
    assertEquals(names(AgendaItemKind.values()), list(schema.at("/$defs/kind/enum")));
  }

  @Test
  void dueEnumsAreTheJavaEnums() {
    JsonNode schema = source(DUE);
    assertEquals(names(StepKind.values()), list(schema.at("/$defs/step/properties/step/enum")));
    assertEquals(names(ActorRole.values()), list(schema.at("/$defs/step/properties/actorRole/enum")));
  }

  @Test
  void policySeveritiesAreTheFindingsSeverities() {
    JsonNode policy = JsonSchemas.source("/io/perfcomm/core/schema/policy.schema.json");
    assertEquals(names(Severity.values()),
        list(policy.at("/$defs/values/properties/severities/additionalProperties/enum")));
  }

  @Test
  void everySchemaIsInTheJarsWithItsId() {
    for (String file : List.of(FINDINGS, AGENDA, DUE)) {
      assertEquals(JsonSchemas.BASE + file, source(file).get("$id").asText());
    }
    assertEquals(JsonSchemas.BASE + FINDINGS, JsonSchemas.source(FindingsJson.SCHEMA).get("$id").asText());
    assertEquals(JsonSchemas.BASE + AGENDA, JsonSchemas.source(Agenda.SCHEMA).get("$id").asText());
  }

  @Test
  void outputSchemasAreValidDraft202012Schemas() {
    for (String file : List.of(FINDINGS, AGENDA, DUE)) {
      assertEquals(List.of(), JsonSchemas.metaSchemaErrors("/io/perfcomm/rules/schema/" + file), file);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void assertValidFindings(Report report) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertEquals(List.of(), JsonSchemas.errors(FINDINGS, FindingsJson.write(report, locale)));
    }
  }

  private static void assertValidAgenda(String json) {
    assertEquals(List.of(), JsonSchemas.errors(AGENDA, json), json);
  }

  private static ObjectNode valid(String schema) {
    switch (schema) {
      case FINDINGS:
        return FindingsJson.tree(ENGINE.check(CycleGenerator.generate(3, 10, 0.6)), Locale.ENGLISH);
      case AGENDA:
        Cycle cycle = WellRunMonth.cycle();
        return (ObjectNode) JsonSchemas.tree(ENGINE.agenda(cycle, cycle.interviews().get(0).id())
            .render(AgendaFormat.JSON, Locale.ENGLISH));
      default:
        return (ObjectNode) JsonSchemas.tree(dueExample());
    }
  }

  /** docs/format.md's example of the due output. */
  private static String dueExample() {
    return "{\"format\": \"perf-due/1\", \"period\": \"2026-03\", \"asOf\": \"2026-04-02T09:00\", \"leftOut\": 0,"
        + " \"due\": ["
        + "{\"actor\": \"M1\", \"actorRole\": \"EVALUATOR\", \"step\": \"INTERVIEW\", \"checkpoint\": \"INT-01\","
        + " \"about\": \"E04\", \"by\": \"2026-04-08\", \"overdue\": false, \"records\": [\"V-E04\"], \"text\": \"…\"}]}";
  }

  private static Cycle example() throws IOException {
    try (InputStream in = OutputSchemaTest.class.getResourceAsStream("/io/perfcomm/core/json/format-example.json")) {
      return CycleJson.read(in);
    }
  }

  private static JsonNode source(String file) {
    return JsonSchemas.source("/io/perfcomm/rules/schema/" + file);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }

  private static List<String> list(JsonNode array) {
    assertTrue(array.isArray(), "an array in the schema");
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
