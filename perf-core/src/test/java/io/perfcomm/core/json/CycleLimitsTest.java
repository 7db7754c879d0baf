package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bounds of one value (docs/format.md, "Conventions"): dates perf can compute with, names and ids of a
 * bounded length, and refusals of size and nesting that say where in the file they are.
 */
class CycleLimitsTest {

  @Test
  void aScoredAtInAYearFarOutIsAProblemNamingTheRecordAndField() {
    ObjectNode json = example();
    record(json, "evaluations", 0).put("scoredAt", "+999999999-12-31T10:00");
    assertEquals(List.of("evaluations[0] (id EVAL-101): scoredAt \"+999999999-12-31T10:00\" is outside the years"
        + " 1900 to 9999 perf can compute with"), problems(json.toString()));
  }

  @Test
  void anAsOfInAYearFarOutIsAProblem() {
    ObjectNode json = example();
    json.put("asOf", "+999999999-01-01T00:00");
    assertEquals(List.of("asOf: asOf \"+999999999-01-01T00:00\" is outside the years 1900 to 9999 perf can compute with"),
        problems(json.toString()));
  }

  @Test
  void aDateBefore1900IsAProblem() {
    ObjectNode json = example();
    ((ObjectNode) json.get("period")).put("start", "1899-12-31");
    assertTrue(problems(json.toString()).get(0).startsWith("period: start \"1899-12-31\" is outside the years"),
        problems(json.toString()).toString());
  }

  @Test
  void theLastYearIsAccepted() {
    ObjectNode json = example();
    json.put("asOf", "9999-12-31T23:59");
    assertEquals("9999-12-31T23:59", CycleJson.read(json.toString()).asOf().orElseThrow().toString());
  }

  @Test
  void aNameLongerThanTwoHundredCharactersIsAProblem() {
    ObjectNode json = example();
    record(json, "people", 0).put("name", "n".repeat(201));
    String id = record(json, "people", 0).get("id").asText();
    assertEquals(List.of("people[0] (id " + id + "): name is 201 characters long; a name may have at most 200"),
        problems(json.toString()));
  }

  @Test
  void aNameOfTwoHundredCharactersIsAccepted() {
    ObjectNode json = example();
    record(json, "people", 0).put("name", "n".repeat(200));
    assertEquals(200, CycleJson.read(json.toString()).people().get(0).name().length());
  }

  @Test
  void anOverlongIdIsAProblemQuotedShort() {
    ObjectNode json = example();
    record(json, "communications", 0).put("id", "T".repeat(5000));
    List<String> problems = problems(json.toString());
    assertTrue(problems.contains("communications[0] (id " + "T".repeat(100) + "…): id is 5000 characters long;"
        + " an id may have at most 100"), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.length() < 400), problems.toString());
  }

  @Test
  void anOverlongStringIsRefusedWithItsLineColumnAndPath() {
    String huge = "{\"format\": \"perf-cycle/1\",\n \"extensions\": {\"x\": \"" + "a".repeat(1_000_001) + "\"}}";
    String problem = problems(huge).get(0);
    assertTrue(problem.startsWith("json: line 2, column "), problem);
    assertTrue(problem.contains("at /extensions/x: String value length"), problem);
  }

  @Test
  void nestingTooDeepIsRefusedWithItsLineAndColumn() {
    String deep = "{\"format\": \"perf-cycle/1\",\n\"extensions\": {\"x\": " + "[".repeat(100) + "]".repeat(100) + "}}";
    String problem = problems(deep).get(0);
    assertTrue(problem.startsWith("json: line 2, column "), problem);
    assertTrue(problem.contains("Document nesting depth (65)"), problem);
  }

  @Test
  void anOverlongUtf8FormIsRefusedWithItsLine() throws IOException {
    byte[] head = "{\"format\": \"perf-cycle/1\",\n \"extensions\": {\"x\": \"..".getBytes(StandardCharsets.UTF_8);
    byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
    byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    file.write(head);
    file.write(overlongSlash);
    file.write(tail);
    InvalidCycleException e = assertThrows(InvalidCycleException.class,
        () -> CycleJson.read(new java.io.ByteArrayInputStream(file.toByteArray())));
    assertEquals(List.of("json: line 2, byte " + (head.length + 1) + ": not well-formed UTF-8 (an overlong, surrogate"
        + " or broken byte sequence); save the file as UTF-8"),
        e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
  }

  private static List<String> problems(String json) {
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> CycleJson.read(json));
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static ObjectNode record(ObjectNode cycle, String kind, int index) {
    return (ObjectNode) cycle.get(kind).get(index);
  }

  private static ObjectNode example() {
    try (InputStream in = CycleLimitsTest.class.getResourceAsStream("cycle-example.json")) {
      return (ObjectNode) new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
