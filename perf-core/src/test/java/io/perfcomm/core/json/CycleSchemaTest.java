package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.scenario.WellRunMonth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cycle and policy schemas say what perf's reader says: every file the reader takes, the schema
 * takes, and what the reader refuses (an unknown field, a wrong enum value, a missing required field),
 * the schema refuses too, as judged by an independent validator.
 */
class CycleSchemaTest {

  private static final String CYCLE = "cycle.schema.json";
  private static final String POLICY = "policy.schema.json";

  @Test
  void schemasAreInTheJarWhereCycleJsonSaysWithTheirIds() {
    assertEquals(JsonSchemas.BASE + CYCLE, JsonSchemas.source(CycleJson.CYCLE_SCHEMA).get("$id").asText());
    assertEquals(JsonSchemas.BASE + POLICY, JsonSchemas.source(CycleJson.POLICY_SCHEMA).get("$id").asText());
  }

  @Test
  void schemasAreValidDraft202012Schemas() {
    assertEquals(List.of(), JsonSchemas.metaSchemaErrors(CycleJson.CYCLE_SCHEMA));
    assertEquals(List.of(), JsonSchemas.metaSchemaErrors(CycleJson.POLICY_SCHEMA));
  }

  // --- what the reader takes, the schema takes ------------------------------------------------

  @Test
  void formatsExampleIsValid() throws IOException {
    String text = example();
    CycleJson.read(text);
    assertEquals(List.of(), JsonSchemas.errors(CYCLE, text));
  }

  @Test
  void readersOwnExampleWithEveryFieldIsValid() throws IOException {
    try (InputStream in = CycleSchemaTest.class.getResourceAsStream("cycle-example.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      CycleJson.read(text);
      assertEquals(List.of(), JsonSchemas.errors(CYCLE, text));
    }
  }

  @Test
  void wellRunMonthAsWrittenIsValid() {
    assertEquals(List.of(), JsonSchemas.errors(CYCLE, CycleJson.write(WellRunMonth.cycle())));
  }

  @Test
  void wellRunMonthSampleFileIsValid() throws IOException {
    try (InputStream in = CycleSchemaTest.class.getResourceAsStream(WellRunMonth.RESOURCE)) {
      assertEquals(List.of(), JsonSchemas.errors(CYCLE, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} employees")
  @MethodSource("generatedCycles")
  void generatedCyclesAreValid(long seed, int employees) {
    Cycle cycle = CycleGenerator.generate(seed, employees, 0.3);
    assertEquals(List.of(), JsonSchemas.errors(CYCLE, CycleJson.write(cycle)));
  }

  static Stream<Arguments> generatedCycles() {
    return Stream.of(Arguments.of(1L, 1), Arguments.of(7L, 5), Arguments.of(42L, 30), Arguments.of(20261201L, 80),
        Arguments.of(99L, 200));
  }

  @Test
  void nullOptionalFieldsMeanAbsentToBoth() throws IOException {
    ObjectNode cycle = exampleTree();
    ObjectNode person = person(cycle);
    person.putNull("position");
    person.putNull("roles");
    person.putNull("extensions");
    cycle.putNull("indicatorChanges");
    cycle.putNull("asOf");
    acceptedByBoth(cycle);
  }

  @Test
  void extensionsHoldAnyHostData() throws IOException {
    ObjectNode cycle = exampleTree();
    ObjectNode extensions = ((ObjectNode) cycle.withArray("people").get(0)).putObject("extensions");
    extensions.put("payGrade", "P7").putObject("nested").putArray("anything").add(1.50).add(true);
    cycle.putObject("extensions").put("source", "HRIS");
    acceptedByBoth(cycle);
  }

  @Test
  void everyPolicyValueThisReaderKnowsIsValid() {
    String policy = "{\"confirmationDeadlineDays\": 2, \"weightTolerance\": 0.5, \"keyPositionWeeklyCommunications\": 2,"
        + " \"minCommunicationsBeforeScoring\": 3, \"lastMinuteEvidenceDays\": 4, \"scoringDeadlineDays\": 6,"
        + " \"interviewWithinDays\": 10, \"noticeHours\": 48, \"minInterviewMinutes\": 45,"
        + " \"improvementPlanRequired\": \"ON_SHORTFALL\", \"objectionResponseDays\": 5, \"applicationWithinDays\": 20,"
        + " \"ratingScale\": {\"min\": 1, \"max\": 5}, \"certificationSurveys\": 2, \"passMark\": 75.5,"
        + " \"failedPeriodsForPenalty\": 3, \"penaltyPoints\": 5, \"applicationTalkWithinDays\": 3,"
        + " \"appealDecisionDays\": 15, \"indicatorTalkWindowDays\": 20, \"dayCount\": \"WORKING\","
        + " \"calendar\": {\"holidays\": [\"2026-10-01\"], \"workdays\": [\"2026-09-27\"]}, \"disabled\": [\"COM-03\"],"
        + " \"calibrationMeanGap\": 12.5, \"calibrationMinSpread\": 2, \"calibrationMinResults\": 6,"
        + " \"departments\": {\"SALES\": {\"noticeHours\": 12, \"disabled\": [\"TRN-01\"], \"calibrationMeanGap\": 5,"
        + " \"calibrationMinSpread\": 1.5, \"calibrationMinResults\": 4}}}";
    CycleJson.readPolicy(policy);
    assertEquals(List.of(), JsonSchemas.errors(POLICY, policy));
  }

  @Test
  void schemaDescribesTheFormatsNewerFields() throws IOException {
    // hiredOn, leftOn, probationUntil, minWorkingDaysPerWeek, payDuringAppeal and severities are in the
    // format; the schema takes them whether or not this build's reader does yet.
    ObjectNode cycle = exampleTree();
    ((ObjectNode) cycle.withArray("people").get(2)).put("hiredOn", "2023-06-01").put("leftOn", "2026-12-31")
        .put("probationUntil", "2023-08-31");
    ObjectNode policy = (ObjectNode) cycle.get("policy");
    policy.put("minWorkingDaysPerWeek", 2).put("payDuringAppeal", "PAY_AND_ADJUST");
    policy.putObject("severities").put("COM-03", "INFO").put("ACME-1", "ERROR");
    assertEquals(List.of(), JsonSchemas.errors(CYCLE, cycle));
  }

  // --- what the reader refuses, the schema refuses --------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCycles")
  void whatTheReaderRefusesTheSchemaRefuses(String what, Consumer<ObjectNode> spoil) throws IOException {
    ObjectNode cycle = exampleTree();
    spoil.accept(cycle);
    String text = cycle.toString();
    assertThrows(InvalidCycleException.class, () -> CycleJson.read(text), "the reader refuses " + what);
    assertFalse(JsonSchemas.errors(CYCLE, cycle).isEmpty(), "the schema refuses " + what);
  }

  static Stream<Arguments> badCycles() {
    return Stream.of(
        bad("an unknown top-level field", c -> c.put("perido", "2026-03")),
        bad("an unknown field of a record", c -> person(c).put("nmae", "x")),
        bad("an unknown field of a nested value", c -> ((ObjectNode) c.at("/evaluations/0/scores/0")).put("comment", "x")),
        bad("an unknown field of the period", c -> ((ObjectNode) c.get("period")).put("length", 31)),
        bad("an unknown field of the cycle's policy", c -> policy(c).put("noticeHour", 24)),
        bad("a wrong enum value of a record", c -> ((ObjectNode) c.at("/absences/0")).put("kind", "HOLIDAY")),
        bad("a wrong enum value in a list", c -> person(c).putArray("roles").add("BOSS")),
        bad("a lower-case enum value", c -> ((ObjectNode) c.at("/communications/0")).put("type", "daily")),
        bad("a wrong enum value of a nested value", c -> ((ObjectNode) c.at("/interviews/0/purpose")).put("kind", "CHAT")),
        bad("a wrong enum value of the policy", c -> policy(c).put("dayCount", "WEEKDAYS")),
        bad("no format", c -> c.remove("format")),
        bad("another format version", c -> c.put("format", "perf-cycle/2")),
        bad("no period", c -> c.remove("period")),
        bad("a period without its end", c -> ((ObjectNode) c.get("period")).remove("end")),
        bad("a person without a name", c -> person(c).remove("name")),
        bad("a person whose name is null", c -> person(c).putNull("name")),
        bad("an interview without scheduledAt", c -> ((ObjectNode) c.at("/interviews/0")).remove("scheduledAt")),
        bad("a score without targetMet", c -> ((ObjectNode) c.at("/evaluations/0/scores/0")).remove("targetMet")),
        bad("a location without quiet", c -> ((ObjectNode) c.at("/interviews/0/location")).remove("quiet")),
        bad("empty roles", c -> person(c).putArray("roles")),
        bad("null inside a list", c -> c.withArray("departments").addNull()),
        bad("text for a whole number", c -> ((ObjectNode) c.at("/interviews/0")).put("plannedMinutes", "45")),
        bad("a number for text", c -> person(c).put("name", 7)),
        bad("a date that is not ISO", c -> ((ObjectNode) c.get("period")).put("end", "29/06/2025")),
        bad("a blank id", c -> person(c).put("id", " ")),
        bad("an id over 100 characters", c -> ((ObjectNode) c.at("/departments/1")).put("id", "D".repeat(101))),
        bad("a name over 200 characters", c -> person(c).put("name", "名".repeat(201))),
        bad("a date before 1900", c -> ((ObjectNode) c.at("/absences/0")).put("from", "1899-12-31")),
        bad("plannedMinutes of 0", c -> ((ObjectNode) c.at("/interviews/0")).put("plannedMinutes", 0)),
        bad("a survey score above 100", c -> ((ObjectNode) c.at("/certifications/0/surveys/0")).put("score", 101)),
        bad("attempt 0", c -> ((ObjectNode) c.at("/certifications/0")).put("attempt", 0)),
        bad("a policy value out of range", c -> policy(c).put("noticeHours", -1)),
        bad("a rating scale without max", c -> policy(c).putObject("ratingScale").put("min", 0)),
        bad("nested department overrides", c -> policy(c).putObject("departments").putObject("SALES")
            .putObject("departments").putObject("HR")),
        bad("an unknown field of a department override", c -> policy(c).putObject("departments").putObject("SALES")
            .put("noticeHour", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPolicies")
  void whatThePolicyReaderRefusesTheSchemaRefuses(String what, String policy) {
    assertThrows(InvalidCycleException.class, () -> CycleJson.readPolicy(policy), "the reader refuses " + what);
    assertFalse(JsonSchemas.errors(POLICY, policy).isEmpty(), "the schema refuses " + what);
  }

  static Stream<Arguments> badPolicies() {
    return Stream.of(
        Arguments.of("an unknown field", "{\"noticeHour\": 24}"),
        Arguments.of("a wrong enum value", "{\"improvementPlanRequired\": \"SOMETIMES\"}"),
        Arguments.of("a value out of range", "{\"minInterviewMinutes\": 0}"),
        Arguments.of("a department's calibration value out of range",
            "{\"departments\": {\"SALES\": {\"calibrationMeanGap\": 150}}}"),
        Arguments.of("a fraction for a whole number", "{\"noticeHours\": 1.5}"),
        Arguments.of("a calendar with an unknown field", "{\"calendar\": {\"holiday\": [\"2026-10-01\"]}}"),
        Arguments.of("text for a number", "{\"passMark\": \"80\"}"),
        Arguments.of("not an object", "[]"));
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static Arguments bad(String what, Consumer<ObjectNode> spoil) {
    return Arguments.of(what, spoil);
  }

  private static ObjectNode person(ObjectNode cycle) {
    return (ObjectNode) cycle.withArray("people").get(2);
  }

  private static ObjectNode policy(ObjectNode cycle) {
    JsonNode policy = cycle.get("policy");
    return policy instanceof ObjectNode object ? object : cycle.putObject("policy");
  }

  private static void acceptedByBoth(ObjectNode cycle) {
    CycleJson.read(cycle.toString());
    assertEquals(List.of(), JsonSchemas.errors(CYCLE, cycle));
  }

  private static String example() throws IOException {
    try (InputStream in = CycleSchemaTest.class.getResourceAsStream("format-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ObjectNode exampleTree() throws IOException {
    return (ObjectNode) JsonSchemas.tree(example());
  }
}
