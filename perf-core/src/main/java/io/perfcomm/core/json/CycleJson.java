package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Limits;
import io.perfcomm.core.Problem;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.PolicyProblems;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Reads and writes the cycle file (docs/format.md, {@value Cycle#FORMAT}) and the policy file.
 *
 * <p>Reading is strict: unknown fields, wrong types, floats for whole numbers, numbers for text and
 * duplicate keys are errors, and every error is an {@link InvalidCycleException} whose problems
 * name the record, its id, the field and why, e.g. {@code interviews[2] (id T-7): plannedMinutes
 * "abc" is not a whole number}. A {@code null} field means the field is absent. Dates are {@code
 * 2026-03-31} and date-times {@code 2026-03-31T10:00}, local to the cycle's {@code timeZone}; a
 * date-time with an offset such as {@code 2026-03-31T10:00Z} is converted to that zone's local time
 * (writing gives the local time), and without a {@code timeZone} it is an input error. Input is bounded: nesting deeper than 64, a string
 * longer than 1,000,000 characters or a number longer than 100 digits is a problem, not a crash.
 * Whether a file is accepted depends on its content alone: keys built to collide in Jackson's
 * per-run hash of field names are read like any others.
 *
 * <p>Writing is pretty-printed UTF-8 in the order of docs/format.md, absent optional fields left out.
 * Every record's {@code extensions} are read and written back untouched. All methods are
 * thread-safe.
 */
public final class CycleJson {

  /** The class-path resource of the cycle file's JSON Schema (2020-12), shipped in this jar. */
  public static final String CYCLE_SCHEMA = "/io/perfcomm/core/schema/cycle.schema.json";

  /** The class-path resource of the policy's JSON Schema (2020-12): the policy file, and a cycle's {@code policy}. */
  public static final String POLICY_SCHEMA = "/io/perfcomm/core/schema/policy.schema.json";

  private static final ObjectMapper MAPPER = PerfObjectMapper.create();

  // The direct path's symbol table refuses names colliding under its per-run hash seed; the tree path reads
  // without one, so whether a file is accepted depends on its content alone, never on the run.
  private static final JsonFactory UNHASHED = PerfObjectMapper.withoutSymbolTable();

  // The caller owns the streams it passes in: neither closed nor read beyond the one value.
  private static final ObjectReader TREE_READER = MAPPER.readerFor(JsonNode.class)
      .without(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  // A single pass learns the zone from the timeZone field; an offset before it sends the file to the tree path.
  private static final ObjectReader CYCLE_READER = MAPPER.readerFor(Cycle.class)
      .withAttribute(IsoTimeModule.ZONE, IsoTimeModule.ZONE_LATER);

  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final Optional<String> POLICY_FILE = Optional.of("policy");

  // Jackson names a second position as "[Source: REDACTED (...); line: 1, column: 9]"; keep the position.
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; (line: \\d+, column: \\d+)]");

  private CycleJson() {}

  /**
   * Reads a cycle file.
   *
   * @param file the file
   * @return the cycle
   * @throws IOException if the file is missing or cannot be read
   * @throws InvalidCycleException if the content is not a valid cycle
   */
  public static Cycle read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    // Mapped straight from the file: no copy of its bytes, no tree. Only a file this pass rejects is
    // read again, as a tree, to name its problems.
    // Jackson would decode an overlong UTF-8 form as the character it spells: refused first, in one streamed pass.
    try (InputStream in = Files.newInputStream(file)) {
      Utf8.require(in);
    }
    Optional<Cycle> direct;
    try (InputStream in = Files.newInputStream(file)) {
      direct = hasFormat(in) ? directFrom(file) : Optional.empty();
    } catch (JacksonException | CharConversionException e) {
      direct = Optional.empty();
    }
    if (direct.isPresent()) {
      return direct.get();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return cycle(tree(() -> UNHASHED.createParser(in)));
    }
  }

  private static Optional<Cycle> directFrom(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(CYCLE_READER.readValue(in));
    } catch (JacksonException | CharConversionException | RuntimeException e) {
      rethrowOutOfMemory(e);
      return Optional.empty();
    }
  }

  /** A heap too small for the cycle is not bad input: the tree path would only need more. */
  private static void rethrowOutOfMemory(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) cause;
      }
    }
  }

  /**
   * Reads a cycle from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the stream
   * @return the cycle
   * @throws IOException if the stream cannot be read
   * @throws InvalidCycleException if the content is not a valid cycle
   */
  public static Cycle read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readAllBytes();
    Utf8.require(new java.io.ByteArrayInputStream(bytes));
    Optional<Cycle> direct = direct(bytes);
    if (direct.isPresent()) {
      return direct.get();
    }
    return cycle(tree(() -> UNHASHED.createParser(bytes)));
  }

  /**
   * A valid file maps straight to the cycle, without the JSON tree the problems are named from:
   * the tree of a large file takes several times its size and most of the reading time. Whatever
   * this path rejects, the tree path reads again and names.
   */
  private static Optional<Cycle> direct(byte[] bytes) {
    try {
      return hasFormat(bytes) ? Optional.of(CYCLE_READER.readValue(bytes)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      rethrowOutOfMemory(e);
      return Optional.empty();
    }
  }

  /** Whether the top-level object names its {@code format}, which a cycle built in code may omit. */
  private static boolean hasFormat(byte[] bytes) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
      return hasFormat(parser);
    }
  }

  /** The same from a stream: perf writes {@code format} first, so this reads a few bytes of a file. */
  private static boolean hasFormat(InputStream in) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      return hasFormat(parser);
    }
  }

  private static boolean hasFormat(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("format".equals(name)) {
        return value != JsonToken.VALUE_NULL;
      }
      parser.skipChildren();
    }
    return false;
  }

  /**
   * Reads a cycle from JSON text.
   *
   * @param json the JSON text
   * @return the cycle
   * @throws InvalidCycleException if the text is not a valid cycle
   */
  public static Cycle read(String json) {
    Objects.requireNonNull(json, "json");
    return cycle(treeOfText(json));
  }

  /**
   * Reads a policy file: the policy object of docs/format.md on its own.
   *
   * @param file the file
   * @return the policy
   * @throws IOException if the file is missing or cannot be read
   * @throws InvalidCycleException if the content is not a valid policy; problems name record {@code policy}
   */
  public static Policy readPolicy(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return policy(tree(() -> UNHASHED.createParser(in)));
    }
  }

  /**
   * Reads a policy from JSON text: the policy object of docs/format.md on its own.
   *
   * @param json the JSON text
   * @return the policy
   * @throws InvalidCycleException if the text is not a valid policy; problems name record {@code policy}
   */
  public static Policy readPolicy(String json) {
    Objects.requireNonNull(json, "json");
    return policy(treeOfText(json));
  }

  /**
   * {@return the cycle as pretty-printed JSON in the order of docs/format.md}
   *
   * @param cycle the cycle
   * @throws IllegalStateException never for a built cycle: it would be a bug in perf
   */
  public static String write(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    try {
      return WRITER.writeValueAsString(cycle);
    } catch (JsonProcessingException e) {
      // A built cycle always serializes; this is a bug in perf, not bad input.
      throw new IllegalStateException("cannot write cycle", e);
    }
  }

  /**
   * Writes the cycle as pretty-printed UTF-8 JSON in the order of docs/format.md; the stream is flushed,
   * not closed.
   *
   * @param cycle the cycle
   * @param out the stream, left open
   * @throws IOException if the stream cannot be written
   */
  public static void write(Cycle cycle, OutputStream out) throws IOException {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(out, "out");
    WRITER.writeValue(out, cycle);
    out.flush();
  }

  /**
   * {@return a copy of the configured mapper, for hosts and other modules that read or write perf JSON
   * (findings, agendas) in the same conventions: ISO dates and local date-times (an offset is an
   * input error, since this mapper knows no cycle's zone), strict types, unknown fields and trailing content refused, {@code null} as absent,
   * absent optionals not written, the same input limits} Each call returns a fresh copy, so
   * reconfiguring it changes nothing here; it is thread-safe once configured. Reading through it
   * directly gives Jackson's exceptions; use {@link #read(String)} for perf's problems.
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  private static Cycle cycle(JsonNode root) {
    if (!root.isObject()) {
      throw notAnObject(root);
    }
    List<Problem> early = new ArrayList<>(NullElements.in(root, Optional.empty()));
    if (!early.isEmpty()) {
      throw new InvalidCycleException(early);
    }
    JsonNode format = root.get("format");
    if (format == null || format.isNull()) {
      early.add(Problem.of("format", Optional.empty(), "format", "format is missing"));
    }
    Cycle cycle;
    try {
      cycle = MAPPER.readerFor(Cycle.class).withAttribute(IsoTimeModule.ZONE, zone(root)).treeToValue(root, Cycle.class);
    } catch (JsonMappingException e) {
      Optional<InvalidCycleException> structural = MappingFailure.structural(e);
      if (structural.isPresent() && early.isEmpty()) {
        throw structural.get();
      }
      early.addAll(structural.map(InvalidCycleException::problems)
          .orElseGet(() -> new MappingFailure(MAPPER, root, Optional.empty()).problems(e)));
      throw new InvalidCycleException(early);
    } catch (JsonProcessingException | RuntimeException e) {
      throw MappingFailure.structural(e).orElseGet(() -> unexpected(e));
    }
    if (!early.isEmpty()) {
      throw new InvalidCycleException(early);
    }
    return cycle;
  }

  /** The zone the tree's date-times are local to, read ahead of them; a bad id is named when the field is mapped. */
  private static Object zone(JsonNode root) {
    JsonNode zone = root.get("timeZone");
    if (zone != null && zone.isTextual()) {
      try {
        return ZoneId.of(zone.textValue());
      } catch (DateTimeException e) {
        return IsoTimeModule.NO_ZONE;
      }
    }
    return IsoTimeModule.NO_ZONE;
  }

  private static Policy policy(JsonNode root) {
    if (!root.isObject()) {
      throw notAnObject(root);
    }
    List<Problem> nulls = NullElements.in(root, POLICY_FILE);
    if (!nulls.isEmpty()) {
      throw new InvalidCycleException(nulls);
    }
    Policy policy;
    try {
      policy = MAPPER.treeToValue(root, Policy.class);
    } catch (JsonMappingException e) {
      throw new InvalidCycleException(new MappingFailure(MAPPER, root, POLICY_FILE).problems(e));
    } catch (JsonProcessingException | RuntimeException e) {
      throw unexpected(e);
    }
    List<Problem> problems = policyProblems(policy);
    if (!problems.isEmpty()) {
      throw new InvalidCycleException(problems);
    }
    return policy;
  }

  /** The range problems of a policy read on its own, as the cycle validator reports those of a cycle's policy. */
  private static List<Problem> policyProblems(Policy policy) {
    return PolicyProblems.of(policy).stream().map(CycleJson::policyProblem).collect(Collectors.toList());
  }

  private static Problem policyProblem(String reason) {
    return Problem.of("policy", Optional.empty(), "policy", reason);
  }

  /**
   * Reads a tree; a problem of syntax, encoding or size becomes a problem of record {@code json}, with
   * the line and column, and for a refused size or nesting (which Jackson gives no place) the path
   * to the value, e.g. {@code at /people/0/name}.
   */
  private static JsonNode tree(TreeSource source) throws IOException {
    JsonNode root;
    JsonParser parser = null;
    try {
      parser = source.open();
      // The caller owns its stream: closing the parser must not close it.
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      root = parser.nextToken() == null ? null : TREE_READER.readValue(parser);
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
      String path = parser == null ? "" : Limits.quoted(parser.getParsingContext().pathAsPointer().toString());
      throw new InvalidCycleException(List.of(syntax(at, (path.isEmpty() ? "" : "at " + path + ": ")
          + withoutSource(e.getOriginalMessage()))));
    } catch (JacksonException e) {
      throw new InvalidCycleException(List.of(syntax(e.getLocation(), withoutSource(e.getOriginalMessage()))));
    } catch (CharConversionException e) {
      // Jackson reports some broken encodings (e.g. of UTF-32) as this plain IOException.
      throw new InvalidCycleException(List.of(syntax(null, e.getMessage())));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidCycleException(List.of(syntax(null, "the input is empty")));
    }
    return root;
  }

  private static JsonNode treeOfText(String json) {
    try {
      return tree(() -> UNHASHED.createParser(json));
    } catch (IOException e) {
      // Reading from a String does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutSource(String message) {
    return SOURCE.matcher(String.valueOf(message)).replaceAll("$1");
  }

  private static Problem syntax(JsonLocation location, String reason) {
    String where = location != null && location.getLineNr() > 0
        ? "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": "
        : "";
    return Problem.of("json", Optional.empty(), "json", where + reason);
  }

  private static InvalidCycleException notAnObject(JsonNode root) {
    return new InvalidCycleException(List.of(syntax(null, "expected a JSON object, found " + kind(root))));
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY: return "an array";
      case STRING: return "a string";
      case NUMBER: return "a number";
      case BOOLEAN: return "a boolean";
      case NULL: return "null";
      default: return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
  }

  private static InvalidCycleException unexpected(Exception e) {
    // Not a failure Jackson attributes to a place in the file; still the caller's input, never a raw exception.
    InvalidCycleException invalid = new InvalidCycleException(List.of(syntax(null, String.valueOf(e.getMessage()))));
    invalid.initCause(e);
    return invalid;
  }

  /** Reads the tree from wherever the caller has the JSON. */
  @FunctionalInterface
  private interface TreeSource {
    JsonParser open() throws IOException;
  }
}
