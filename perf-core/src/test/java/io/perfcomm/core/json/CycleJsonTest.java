package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.Policy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycleJsonTest {

  private static final String EXAMPLE = "cycle-example.json";

  // --- reading a good file ---------------------------------------------------------------------

  @Test
  void readsTheExampleFile() throws IOException {
    Cycle cycle;
    try (InputStream in = example()) {
      cycle = CycleJson.read(in);
    }
    assertEquals("2025-06", cycle.period().id().value());
    assertEquals(LocalDate.of(2025, 6, 29), cycle.period().end());
    assertEquals(Optional.of(LocalDateTime.of(2025, 7, 26, 18, 0)), cycle.asOf());
    assertEquals(4, cycle.people().size());
    assertEquals(Optional.of(PersonId.of("MGR-07")), cycle.people().get(2).evaluator());
    assertEquals(Set(Role.HR), cycle.people().get(1).roles());
    assertTrue(cycle.positions().get(1).key());
    assertEquals(12, cycle.communications().size());
    assertEquals(CommunicationType.APPLICATION, cycle.communications().get(10).type());
    Score kpi4 = cycle.evaluations().get(1).scores().get(1);
    assertEquals(60.0, kpi4.score());
    assertFalse(kpi4.targetMet());
    Interview first = cycle.interviews().get(0);
    assertEquals(Optional.of(45), first.plannedMinutes());
    assertTrue(first.location().orElseThrow().privateRoom());
    assertEquals(Optional.of(LocalDateTime.of(2025, 7, 5, 10, 0)), first.objections().get(0).response().map(r -> r.at()));
    assertEquals(85.0, cycle.certifications().get(0).surveys().get(0).score());
    assertEquals(Policy.defaults(), cycle.policy());
  }

  @Test
  void equalIdsAndDaysOfOneReadingAreOneInstance() {
    Cycle cycle = exampleCycle();
    PersonId evaluator = cycle.people().get(2).evaluator().orElseThrow();
    PersonId sameEvaluator = cycle.people().stream().filter(p -> p.id().equals(evaluator)).findFirst().orElseThrow().id();
    assertSame(sameEvaluator, evaluator);
    // 10:00 and 11:00 on 12 July: two moments of one day.
    List<LocalDate> days = cycle.communications().stream().map(c -> c.at().toLocalDate())
        .filter(LocalDate.of(2025, 7, 12)::equals).collect(Collectors.toList());
    assertEquals(2, days.size());
    assertSame(days.get(0), days.get(1));
  }

  @Test
  void twoReadingsShareNothing() {
    assertNotSame(exampleCycle().people().get(0).id(), exampleCycle().people().get(0).id());
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cycle.json");
    try (InputStream in = example()) {
      Files.copy(in, file);
    }
    assertEquals(exampleCycle(), CycleJson.read(file));
  }

  @Test
  void missingFileIsAnIOException(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> CycleJson.read(dir.resolve("absent.json")));
  }

  @Test
  void aStreamWithProblemsGetsTheProblemsOfTheSameText() {
    for (String text : List.of(
        exampleText().replaceFirst("\"format\": \"perf-cycle/1\",", ""),
        exampleText().replace("\"summary\": \"第一周回款30万\"", "\"sumary\": \"x\""),
        exampleText().replace("\"endedAt\": \"2025-07-04T10:50\"", "\"endedAt\": \"2025-07-04T09:50\""),
        exampleText().replace("\"KPI-1\",\n        \"KPI-2\"", "null"),
        exampleText().substring(0, 500))) {
      InvalidCycleException fromText = assertThrows(InvalidCycleException.class, () -> CycleJson.read(text));
      InvalidCycleException fromStream = assertThrows(InvalidCycleException.class,
          () -> CycleJson.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
      assertEquals(fromText.problems(), fromStream.problems());
    }
  }

  @Test
  void aFileWithProblemsGetsTheProblemsOfTheSameText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cycle.json");
    for (String text : List.of(
        exampleText().replaceFirst("\"format\": \"perf-cycle/1\",", ""),
        exampleText().replaceFirst("\"format\": \"perf-cycle/1\",", "\"format\": null,"),
        exampleText().replace("\"summary\": \"第一周回款30万\"", "\"sumary\": \"x\""),
        exampleText().replace("\"endedAt\": \"2025-07-04T10:50\"", "\"endedAt\": \"2025-07-04T09:50\""),
        exampleText().replace("\"KPI-1\",\n        \"KPI-2\"", "null"),
        exampleText().substring(0, 500),
        "",
        "[]")) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      InvalidCycleException fromText = assertThrows(InvalidCycleException.class, () -> CycleJson.read(text));
      InvalidCycleException fromFile = assertThrows(InvalidCycleException.class, () -> CycleJson.read(file));
      assertEquals(fromText.problems(), fromFile.problems());
    }
  }

  @Test
  void aFileWhoseFormatComesLastIsRead(@TempDir Path dir) throws IOException {
    ObjectNode json = exampleTree();
    String format = json.remove("format").textValue();
    json.put("format", format);
    Path file = dir.resolve("cycle.json");
    Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
    assertEquals(exampleCycle(), CycleJson.read(file));
  }

  @Test
  void offsetBeforeTheTimeZoneFieldIsConvertedInAFile(@TempDir Path dir) throws IOException {
    ObjectNode json = exampleTree();
    record(json, "evaluations", 0).put("scoredAt", "2025-07-02T02:00Z");
    json.put("timeZone", "Asia/Shanghai");
    Path file = dir.resolve("cycle.json");
    Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
    assertEquals(LocalDateTime.of(2025, 7, 2, 10, 0), CycleJson.read(file).evaluations().get(0).scoredAt());
  }

  @Test
  void readingAStreamLeavesItOpen() throws IOException {
    ClosingWatcher in = new ClosingWatcher(exampleText().getBytes(StandardCharsets.UTF_8));
    CycleJson.read(in);
    assertFalse(in.closed);
  }

  @Test
  void nullListMeansEmpty() {
    ObjectNode json = exampleTree();
    record(json, "interviews", 1).putNull("support");
    json.putNull("certifications");
    Cycle cycle = CycleJson.read(json.toString());
    assertEquals(List.of(), cycle.interviews().get(1).support());
    assertEquals(List.of(), cycle.certifications());
  }

  @Test
  void absentListMeansEmpty() {
    ObjectNode json = exampleTree();
    json.remove("certifications");
    assertEquals(List.of(), CycleJson.read(json.toString()).certifications());
  }

  @Test
  void nullOptionalMeansAbsent() {
    ObjectNode json = exampleTree();
    record(json, "people", 2).putNull("positionSince");
    json.putNull("asOf");
    Cycle cycle = CycleJson.read(json.toString());
    assertEquals(Optional.empty(), cycle.people().get(2).positionSince());
    assertEquals(Optional.empty(), cycle.asOf());
  }

  @Test
  void nullForAFieldWithADefaultMeansTheDefault() {
    ObjectNode json = exampleTree();
    record(json, "communications", 0).putNull("formal");
    assertFalse(CycleJson.read(json.toString()).communications().get(0).formal());
  }

  @Test
  void formatExampleWithEveryNewFieldReadsAndWritesBackEqual() throws IOException {
    try (InputStream in = CycleJsonTest.class.getResourceAsStream("format-example.json")) {
      Cycle cycle = CycleJson.read(in);
      assertEquals(Optional.of(java.time.ZoneId.of("Asia/Shanghai")), cycle.timeZone());
      assertEquals(1, cycle.absences().size());
      assertEquals(cycle, CycleJson.read(CycleJson.write(cycle)));
    }
  }

  @Test
  void dateTimeWithAnOffsetIsConvertedToTheCyclesTimeZone() {
    ObjectNode json = exampleTree();
    json.put("timeZone", "Asia/Shanghai");
    record(json, "evaluations", 0).put("scoredAt", "2025-07-02T02:00Z");
    assertEquals(LocalDateTime.of(2025, 7, 2, 10, 0), CycleJson.read(json.toString()).evaluations().get(0).scoredAt());
  }

  @Test
  void dateTimeWithAnOffsetIsConvertedWhenReadFromAStream() throws IOException {
    ObjectNode json = exampleTree();
    json.put("timeZone", "Asia/Shanghai");
    record(json, "evaluations", 0).put("scoredAt", "2025-07-02T11:00+09:00");
    Cycle cycle = CycleJson.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(LocalDateTime.of(2025, 7, 2, 10, 0), cycle.evaluations().get(0).scoredAt());
  }

  @Test
  void offsetBeforeTheTimeZoneFieldIsStillConverted() throws IOException {
    ObjectNode json = exampleTree();
    record(json, "evaluations", 0).put("scoredAt", "2025-07-02T02:00Z");
    json.put("timeZone", "Asia/Shanghai");
    String text = json.toString();
    assertTrue(text.indexOf("timeZone") > text.indexOf("02:00Z"), text);
    Cycle cycle = CycleJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(LocalDateTime.of(2025, 7, 2, 10, 0), cycle.evaluations().get(0).scoredAt());
  }

  @Test
  void dateTimeWithAnOffsetButNoTimeZoneIsAProblem() {
    ObjectNode json = exampleTree();
    json.remove("timeZone");
    record(json, "evaluations", 0).put("scoredAt", "2025-07-02T10:00+08:00");
    assertProblems(json, "evaluations[0] (id " + record(json, "evaluations", 0).get("id").asText()
        + "): scoredAt \"2025-07-02T10:00+08:00\" has an offset but the cycle gives no timeZone to convert it to");
  }

  @Test
  void unknownTimeZoneIsAProblem() {
    ObjectNode json = exampleTree();
    json.put("timeZone", "Asia/Atlantis");
    assertProblems(json, "timeZone: timeZone \"Asia/Atlantis\" is not a time zone id such as Asia/Shanghai");
  }

  @Test
  void emptyRolesIsAProblem() {
    ObjectNode json = exampleTree();
    record(json, "people", 0).putArray("roles");
    assertProblems(json, "people[0] (id " + record(json, "people", 0).get("id").asText()
        + "): roles [] is empty: give at least one role, or leave roles out for EMPLOYEE");
  }

  @Test
  void policyDepartmentOverridesAreKeyedByDepartmentId() {
    ObjectNode json = exampleTree();
    json.putObject("policy").put("noticeHours", 48).putObject("departments").putObject("SALES").put("noticeHours", 12);
    Cycle cycle = CycleJson.read(json.toString());
    assertEquals(48, cycle.policy().effective().noticeHours());
    assertEquals(12, cycle.policy().effective(DepartmentId.of("SALES")).noticeHours());
    assertEquals(cycle, CycleJson.read(CycleJson.write(cycle)));
  }

  // --- writing ---------------------------------------------------------------------------------

  @Test
  void writeThenReadGivesAnEqualCycle() {
    Cycle cycle = exampleCycle();
    assertEquals(cycle, CycleJson.read(CycleJson.write(cycle)));
  }

  @Test
  void writesTopLevelFieldsInTheOrderOfTheFormat() {
    ObjectNode json = exampleTree();
    json.putObject("policy").put("passMark", 75);
    json.putObject("extensions").put("host", "hris-7");
    JsonNode written = tree(CycleJson.write(CycleJson.read(json.toString())));
    assertEquals(List.of("format", "asOf", "period", "policy", "departments", "positions", "people", "absences", "sheets",
        "indicatorChanges", "communications", "records", "evaluations", "interviews", "improvementPlans", "appeals",
        "applications", "certifications", "extensions"), names(written));
  }

  @Test
  void writesRecordsIdFirstAndExtensionsLast() {
    ObjectNode json = exampleTree();
    record(json, "communications", 0).putObject("extensions").put("crm", "A-1");
    JsonNode written = tree(CycleJson.write(CycleJson.read(json.toString())));
    List<String> names = names(written.get("communications").get(0));
    assertEquals("id", names.get(0));
    assertEquals("extensions", names.get(names.size() - 1));
  }

  @Test
  void writesTheFormatsDatesAndWholeNumbers() {
    String written = CycleJson.write(exampleCycle());
    assertTrue(written.contains("\"asOf\": \"2025-07-26T18:00\","), written);
    assertTrue(written.contains("\"start\": \"2025-06-02\","), written);
    assertTrue(written.contains("\"weight\": 60,"), written);
    assertTrue(written.contains("\"support\": [],"), written);
  }

  @Test
  void leavesADefaultPolicyOut() {
    assertFalse(tree(CycleJson.write(exampleCycle())).has("policy"));
  }

  @Test
  void writesAPolicyThatOverridesSomething() {
    ObjectNode json = exampleTree();
    json.putObject("policy").put("passMark", 75);
    assertEquals("{\"passMark\":75}", tree(CycleJson.write(CycleJson.read(json.toString()))).get("policy").toString());
  }

  @Test
  void leavesAbsentOptionalsOut() {
    JsonNode hr = tree(CycleJson.write(exampleCycle())).get("people").get(1);
    assertFalse(hr.has("position"));
    assertFalse(hr.has("evaluator"));
  }

  @Test
  void writesUtf8ToAStreamAndLeavesItOpen() throws IOException {
    ClosingOutput out = new ClosingOutput();
    CycleJson.write(exampleCycle(), out);
    assertFalse(out.closed);
    assertEquals(CycleJson.write(exampleCycle()), out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("销售部"));
  }

  @Test
  void extensionsRoundTripExactly() {
    ObjectNode json = exampleTree();
    ObjectNode top = json.putObject("extensions");
    top.put("exportedBy", "hris-7");
    top.put("ratio", new java.math.BigDecimal("1.50"));
    top.putNull("nothing");
    top.putObject("nested").putArray("list").add(1).add("two").addObject().put("deep", true);
    ObjectNode onCommunication = record(json, "communications", 3).putObject("extensions");
    onCommunication.put("crmTicket", "CRM-88");
    onCommunication.putArray("tags").add("weekly").add(2);

    Cycle cycle = CycleJson.read(json.toString());
    JsonNode written = tree(CycleJson.write(cycle));

    assertEquals(tree(top.toString()), written.get("extensions"));
    assertEquals(tree(onCommunication.toString()), written.get("communications").get(3).get("extensions"));
    assertTrue(CycleJson.write(cycle).contains("\"ratio\": 1.50"));
    assertEquals(cycle, CycleJson.read(CycleJson.write(cycle)));
  }

  // --- the shared mapper -----------------------------------------------------------------------

  @Test
  void mapperWritesPerfDates() throws IOException {
    String written = CycleJson.mapper().writeValueAsString(List.of(LocalDateTime.of(2026, 3, 31, 10, 0), LocalDate.of(2026, 3, 31)));
    assertEquals("[\"2026-03-31T10:00\",\"2026-03-31\"]", written);
  }

  @Test
  void mapperWritesACycleAsCycleJsonDoes() throws IOException {
    Cycle cycle = exampleCycle();
    assertEquals(CycleJson.write(cycle), CycleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cycle));
  }

  @Test
  void mapperIsACopyThatHostsCanReconfigure() {
    CycleJson.mapper().enable(SerializationFeature.WRAP_ROOT_VALUE);
    assertEquals(exampleCycle(), CycleJson.read(CycleJson.write(exampleCycle())));
  }

  // --- bad content: one behaviour each, exact problem strings -----------------------------------

  @Test
  void wrongTypeIsNamedWithItsRecord() {
    ObjectNode json = exampleTree();
    record(json, "interviews", 1).put("plannedMinutes", "abc");
    assertProblems(json, "interviews[1] (id IV-102): plannedMinutes \"abc\" is not a whole number");
  }

  @Test
  void floatForAWholeNumberIsAnError() {
    ObjectNode json = exampleTree();
    record(json, "interviews", 1).put("plannedMinutes", 45.5);
    assertProblems(json, "interviews[1] (id IV-102): plannedMinutes 45.5 is not a whole number");
  }

  @Test
  void numberForTextIsAnError() {
    ObjectNode json = exampleTree();
    record(json, "communications", 0).put("employee", 101);
    assertProblems(json, "communications[0] (id TALK-1): employee 101 is not a string");
  }

  @Test
  void textForABooleanIsAnError() {
    ObjectNode json = exampleTree();
    record(json, "positions", 1).put("key", "yes");
    assertProblems(json, "positions[1] (id P-KA): key \"yes\" is not true or false");
  }

  @Test
  void numberOutOfRangeOfItsFieldIsAnError() {
    ObjectNode json = exampleTree();
    record(json, "certifications", 0).put("attempt", 12345678901L);
    assertProblems(json, "certifications[0] (id CERT-07-1): attempt 12345678901 is out of range");
  }

  @Test
  void unknownFieldIsNamedWithItsRecord() {
    ObjectNode json = exampleTree();
    record(json, "communications", 0).put("sumary", "typo");
    assertProblems(json, "communications[0] (id TALK-1): unknown field \"sumary\"");
  }

  @Test
  void unknownFieldInANestedObjectIsNamedWithItsPath() {
    ObjectNode json = exampleTree();
    ((ObjectNode) record(json, "interviews", 0).get("location")).put("floor", 3);
    assertProblems(json, "interviews[0] (id IV-101): unknown field \"location.floor\"");
  }

  @Test
  void derivedAttributeIsAnUnknownField() {
    ObjectNode json = exampleTree();
    record(json, "people", 1).putArray("effectiveRoles");
    assertProblems(json, "people[1] (id HR-02): unknown field \"effectiveRoles\"");
  }

  @Test
  void missingRequiredFieldIsNamedWithItsRecord() {
    ObjectNode json = exampleTree();
    record(json, "people", 1).remove("name");
    assertProblems(json, "people[1] (id HR-02): name is missing");
  }

  @Test
  void everyMissingFieldOfARecordIsListed() {
    ObjectNode json = exampleTree();
    record(json, "interviews", 0).remove(List.of("id", "scheduledAt"));
    assertProblems(json, "interviews[0]: id is missing", "interviews[0]: scheduledAt is missing");
  }

  @Test
  void missingFieldIsNamedAsTheFileNamesIt() {
    ObjectNode json = exampleTree();
    ((ObjectNode) record(json, "interviews", 0).get("location")).putNull("private");
    assertProblems(json, "interviews[0] (id IV-101): location.private is missing");
  }

  @Test
  void missingPeriodIsAProblem() {
    ObjectNode json = exampleTree();
    json.remove("period");
    assertProblems(json, "period: period is missing");
  }

  @Test
  void missingFormatIsAProblem() {
    ObjectNode json = exampleTree();
    json.remove("format");
    assertProblems(json, "format: format is missing");
  }

  @Test
  void blankIdIsAProblem() {
    ObjectNode json = exampleTree();
    record(json, "records", 2).put("id", " ");
    assertProblems(json, "records[2]: id \" \" is blank");
  }

  @Test
  void blankReferenceIsAProblem() {
    ObjectNode json = exampleTree();
    ((ArrayNode) record(json, "communications", 0).get("indicators")).set(1, "");
    assertProblems(json, "communications[0] (id TALK-1): indicators[1] \"\" is blank");
  }

  @Test
  void aBadWeightNamesTheSheetAndTheIndicatorByIdAndName() {
    // Used to name the sheet and the list position only (DOMAIN.md §6.4: every error about an indicator names it).
    ObjectNode json = exampleTree();
    ((ObjectNode) record(json, "sheets", 0).get("indicators").get(1)).put("weight", "40%");
    assertProblems(json,
        "sheets[0] (id SHEET-101): indicators[1].weight \"40%\" is not a number (indicator KPI-2 \"新客户拜访\")");
  }

  @Test
  void aMissingWeightNamesTheIndicatorByIdAndName() {
    ObjectNode json = exampleTree();
    ((ObjectNode) record(json, "sheets", 0).get("indicators").get(0)).remove("weight");
    assertProblems(json, "sheets[0] (id SHEET-101): indicators[0].weight is missing (indicator KPI-1 \"回款额\")");
  }

  @Test
  void aNegativeWeightNamesTheIndicatorByIdAndNameAsTheFileWritesTheNumber() {
    ObjectNode json = exampleTree();
    ((ObjectNode) record(json, "sheets", 0).get("indicators").get(1)).put("weight", -30);
    assertProblems(json,
        "sheets[0] (id SHEET-101): indicators[1].weight -30 is negative or not a number (indicator KPI-2 \"新客户拜访\")");
  }

  @Test
  void aNegativeNewWeightNamesTheChangedIndicatorAndItsSheet() {
    ObjectNode json = exampleTree();
    record(json, "indicatorChanges", 0).put("newWeight", -5.5);
    assertProblems(json, "indicatorChanges[0] (id CHG-1): newWeight -5.5 is negative or not a number"
        + " (indicator KPI-2 \"新客户拜访\" on sheet SHEET-101)");
  }

  @Test
  void nullListElementIsAProblem() {
    ObjectNode json = exampleTree();
    ((ArrayNode) record(json, "applications", 1).get("actions")).addNull();
    assertProblems(json, "applications[1] (id APPLY-102): actions[2] is null");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    String json = "{\n  \"format\": \"perf-cycle/1\",\n  \"period\": { \"id\": \"2026-03\", }\n}\n";
    assertProblems(json, "json: line 3, column 32: Unexpected character ('}' (code 125)): "
        + "was expecting double-quote to start field name");
  }

  @Test
  void invalidDateTimeShowsTheExpectedForm() {
    ObjectNode json = exampleTree();
    record(json, "evaluations", 0).put("scoredAt", "2026-13-01T10:00");
    assertProblems(json, "evaluations[0] (id EVAL-101): scoredAt \"2026-13-01T10:00\" is not a date-time "
        + "(expected 2026-03-31T10:00)");
  }

  @Test
  void invalidDateShowsTheExpectedForm() {
    ObjectNode json = exampleTree();
    ((ObjectNode) json.get("period")).put("start", "2025-6-2");
    assertProblems(json, "period: start \"2025-6-2\" is not a date (expected 2026-03-31)");
  }

  @Test
  void wrongEnumValueListsTheAllowedValues() {
    ObjectNode json = exampleTree();
    record(json, "communications", 3).put("type", "WEEKLY");
    assertProblems(json, "communications[3] (id TALK-4B): type \"WEEKLY\" is not one of "
        + "INDICATOR, ROLE, DAILY, RESULT, APPLICATION");
  }

  @Test
  void policyValueOfTheWrongTypeIsNamedInThePolicy() {
    ObjectNode json = exampleTree();
    json.putObject("policy").put("passMark", "high");
    assertProblems(json, "policy: passMark \"high\" is not a number");
  }

  @Test
  void structuralProblemsComeThroughAllListed() {
    ObjectNode json = exampleTree();
    ((ArrayNode) json.get("records")).add(record(json, "records", 0).deepCopy());
    record(json, "interviews", 0).put("endedAt", "2025-07-04T09:00");
    record(json, "appeals", 0).put("objection", "OBJECTION-9");
    assertProblems(json,
        "records[9] (id REC-001): id REC-001 is used by another record of records",
        "interviews[0] (id IV-101): endedAt 2025-07-04T09:00 is before startedAt 2025-07-04T10:00",
        "appeals[0] (id APPEAL-1): objection OBJECTION-9 names no objection");
  }

  @Test
  void missingFormatIsListedWithTheStructuralProblems() {
    ObjectNode json = exampleTree();
    json.remove("format");
    record(json, "appeals", 0).put("objection", "OBJECTION-9");
    assertProblems(json, "format: format is missing", "appeals[0] (id APPEAL-1): objection OBJECTION-9 names no objection");
  }

  @Test
  void trailingContentIsAnError() {
    assertProblems(exampleText() + "\n{}", "json: line 600, column 1: Trailing token (of type START_OBJECT) found after "
        + "value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per "
        + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
  }

  @Test
  void duplicateKeyIsAnError() {
    assertProblems("{\"format\": \"perf-cycle/1\", \"format\": \"perf-cycle/1\"}",
        "json: line 1, column 36: Duplicate field 'format'");
  }

  @Test
  void emptyInputIsAProblem() {
    assertProblems("  ", "json: the input is empty");
  }

  @Test
  void topLevelArrayIsAProblem() {
    assertProblems("[]", "json: expected a JSON object, found an array");
  }

  @Test
  void invalidUtf8IsAProblem() {
    byte[] bytes = "{\"format\": \"perf-cycle/1\", \"x\": \"ab\"}".getBytes(StandardCharsets.UTF_8);
    bytes[34] = (byte) 0xff;
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> CycleJson.read(new ByteArrayInputStream(bytes)));
    assertEquals(List.of("json: line 1, byte 35: not well-formed UTF-8 (an overlong, surrogate or broken byte sequence);"
        + " save the file as UTF-8"), strings(e));
  }

  @Test
  void deepNestingIsRefusedQuickly() {
    ObjectNode json = exampleTree();
    String deep = json.toString().replaceFirst("\\{", "{\"extensions\": {\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "},");
    InvalidCycleException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(InvalidCycleException.class, () -> CycleJson.read(deep)));
    assertEquals(1, e.problems().size());
    assertTrue(strings(e).get(0).startsWith("json: line 1, column "), e.getMessage());
    assertTrue(strings(e).get(0).endsWith("Document nesting depth (65) exceeds the maximum allowed (64, from "
        + "`StreamReadConstraints.getMaxNestingDepth()`)"), e.getMessage());
  }

  @Test
  void hugeStringIsRefusedQuickly() {
    String huge = "{\"format\": \"perf-cycle/1\", \"extensions\": {\"x\": \"" + "a".repeat(1_000_001) + "\"}}";
    InvalidCycleException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(InvalidCycleException.class, () -> CycleJson.read(huge)));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().contains("at /extensions/x: String value length ("), e.getMessage());
  }

  @Test
  void hugeNumberIsRefused() {
    String huge = "{\"format\": \"perf-cycle/1\", \"extensions\": {\"x\": " + "9".repeat(101) + "}}";
    assertProblems(huge, "json: line 1, column 149: at /extensions/x: Number value length (101) exceeds the maximum allowed (100, from "
        + "`StreamReadConstraints.getMaxNumberLength()`)");
  }

  @Test
  void problemsAreCarriedByTheExceptionMessage() {
    ObjectNode json = exampleTree();
    record(json, "communications", 0).put("sumary", "typo");
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> CycleJson.read(json.toString()));
    assertEquals("invalid cycle: 1 problem\n  communications[0] (id TALK-1): unknown field \"sumary\"", e.getMessage());
  }

  // --- the policy file -------------------------------------------------------------------------

  @Test
  void readsAPolicyFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.json");
    Files.writeString(file, "{\"passMark\": 75, \"disabled\": [\"COM-03\"], \"improvementPlanRequired\": \"ALWAYS\","
        + " \"departments\": {\"SALES\": {\"noticeHours\": 48}}}");
    Policy policy = CycleJson.readPolicy(file);
    assertEquals(75.0, policy.effective().passMark());
    assertTrue(policy.effective().isDisabled("COM-03"));
    assertTrue(policy.effective().planAlwaysRequired());
    assertEquals(48, policy.effective(DepartmentId.of("SALES")).noticeHours());
  }

  @Test
  void aDepartmentsCalibrationThresholdsAreReadAndInForceForItAlone() {
    Policy policy = CycleJson.readPolicy("{\"calibrationMeanGap\": 12, \"departments\": {\"SALES\":"
        + " {\"calibrationMeanGap\": 5, \"calibrationMinSpread\": 1.5, \"calibrationMinResults\": 4}}}");
    EffectivePolicy sales = policy.effective(DepartmentId.of("SALES"));
    assertEquals(5.0, sales.calibrationMeanGap());
    assertEquals(1.5, sales.calibrationMinSpread());
    assertEquals(4, sales.calibrationMinResults());
    assertEquals(12.0, policy.effective(DepartmentId.of("HR")).calibrationMeanGap(), "HR has no overrides: the company's");
  }

  @Test
  void policyDepartmentCalibrationOutOfRangeIsNamedWithItsDepartment() {
    assertPolicyProblems("{\"departments\": {\"SALES\": {\"calibrationMinResults\": 0}}}",
        "policy: departments.SALES.calibrationMinResults 0 is outside 1–366");
  }

  @Test
  void policyOutOfRangeIsAProblem() {
    assertPolicyProblems("{\"passMark\": 120}", "policy: passMark 120.0 is outside 0–100");
  }

  @Test
  void policyDepartmentOutOfRangeIsNamedWithItsDepartment() {
    assertPolicyProblems("{\"departments\": {\"SALES\": {\"noticeHours\": -1}}}",
        "policy: departments.SALES.noticeHours -1 is outside 0–8784");
  }

  @Test
  void unknownPolicyKeyIsAProblem() {
    assertPolicyProblems("{\"passMarc\": 80}", "policy: unknown field \"passMarc\"");
  }

  @Test
  void nullDepartmentOverrideIsAProblem() {
    assertPolicyProblems("{\"departments\": {\"SALES\": null}}", "policy: departments.SALES is null");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void assertProblems(ObjectNode json, String... expected) {
    assertProblems(json.toString(), expected);
  }

  private static void assertProblems(String json, String... expected) {
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> CycleJson.read(json));
    assertEquals(List.of(expected), strings(e));
  }

  private static void assertPolicyProblems(String json, String... expected) {
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> CycleJson.readPolicy(json));
    assertEquals(List.of(expected), strings(e));
  }

  private static List<String> strings(InvalidCycleException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static InputStream example() {
    InputStream in = CycleJsonTest.class.getResourceAsStream(EXAMPLE);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + EXAMPLE);
    }
    return in;
  }

  private static String exampleText() {
    try (InputStream in = example()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cycle exampleCycle() {
    return CycleJson.read(exampleText());
  }

  private static ObjectNode exampleTree() {
    return (ObjectNode) tree(exampleText());
  }

  private static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode record(ObjectNode cycle, String kind, int index) {
    return (ObjectNode) cycle.get(kind).get(index);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @SafeVarargs
  private static <T> java.util.Set<T> Set(T... values) {
    return java.util.Set.of(values);
  }

  /** A stream that remembers whether it was closed. */
  private static final class ClosingWatcher extends ByteArrayInputStream {
    boolean closed;

    ClosingWatcher(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** An output stream that remembers whether it was closed. */
  private static final class ClosingOutput extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
