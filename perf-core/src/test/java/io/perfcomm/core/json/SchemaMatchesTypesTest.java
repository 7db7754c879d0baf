package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.Remark;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.ResourceSupport;
import io.perfcomm.core.interview.Response;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.RatingScale;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.Survey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cycle and policy schemas cannot drift from the Java types silently: every field the types read
 * is in the schema, and every enumeration in the schema lists the constants of the Java enum it maps
 * to, in the same order. A field added to a record without the schema, or an enum constant added or
 * renamed, fails here.
 */
class SchemaMatchesTypesTest {

  private static final String CYCLE = "/io/perfcomm/core/schema/cycle.schema.json";
  private static final String POLICY = "/io/perfcomm/core/schema/policy.schema.json";

  /**
   * Fields of the format that the schema describes ahead of this build's types (other work adds them to
   * the types); once a type reads one, it is compared like every other field.
   */
  private static final Set<String> AHEAD_OF_THE_TYPES = Set.of("person.hiredOn", "person.leftOn",
      "person.probationUntil", "values.minWorkingDaysPerWeek", "values.payDuringAppeal", "values.severities");

  private static final ObjectMapper MAPPER = CycleJson.mapper();

  /** Each object the cycle schema defines, and the type that reads it; the empty name is the top level. */
  private static final Map<String, Class<?>> CYCLE_TYPES = new LinkedHashMap<>();

  static {
    CYCLE_TYPES.put("", Cycle.class);
    CYCLE_TYPES.put("period", Period.class);
    CYCLE_TYPES.put("department", Department.class);
    CYCLE_TYPES.put("position", Position.class);
    CYCLE_TYPES.put("person", Person.class);
    CYCLE_TYPES.put("absence", Absence.class);
    CYCLE_TYPES.put("indicator", Indicator.class);
    CYCLE_TYPES.put("sheet", IndicatorSheet.class);
    CYCLE_TYPES.put("indicatorChange", IndicatorChange.class);
    CYCLE_TYPES.put("communication", Communication.class);
    CYCLE_TYPES.put("record", EvidenceRecord.class);
    CYCLE_TYPES.put("score", Score.class);
    CYCLE_TYPES.put("remark", Remark.class);
    CYCLE_TYPES.put("evaluation", Evaluation.class);
    CYCLE_TYPES.put("location", Location.class);
    CYCLE_TYPES.put("purpose", Purpose.class);
    CYCLE_TYPES.put("outcome", Outcome.class);
    CYCLE_TYPES.put("response", Response.class);
    CYCLE_TYPES.put("objection", Objection.class);
    CYCLE_TYPES.put("interview", Interview.class);
    CYCLE_TYPES.put("planAction", PlanAction.class);
    CYCLE_TYPES.put("resource", ResourceSupport.class);
    CYCLE_TYPES.put("improvementPlan", ImprovementPlan.class);
    CYCLE_TYPES.put("decision", Decision.class);
    CYCLE_TYPES.put("appeal", Appeal.class);
    CYCLE_TYPES.put("application", ResultApplication.class);
    CYCLE_TYPES.put("survey", Survey.class);
    CYCLE_TYPES.put("certification", Certification.class);
  }

  @Test
  void everyObjectTheCycleSchemaDefinesHasItsType() {
    JsonNode schema = JsonSchemas.source(CYCLE);
    List<String> objects = new ArrayList<>();
    schema.get("$defs").fields().forEachRemaining(def -> {
      if (def.getValue().path("type").asText().equals("object") && !def.getKey().equals("extensions")) {
        objects.add(def.getKey());
      }
    });
    assertEquals(new TreeSet<>(objects), new TreeSet<>(CYCLE_TYPES.keySet()).tailSet("", false));
  }

  @Test
  void cycleSchemaHasEveryFieldAndEnumOfTheTypes() {
    JsonNode schema = JsonSchemas.source(CYCLE);
    CYCLE_TYPES.forEach((name, type) -> compare(schema, name, name.isEmpty() ? schema : def(schema, name), type));
  }

  @Test
  void policySchemaHasEveryFieldAndEnumOfThePolicy() {
    JsonNode schema = JsonSchemas.source(POLICY);
    JsonNode values = def(schema, "values").deepCopy();
    // The company policy is the values plus the departments' overrides, which the top level adds.
    ((com.fasterxml.jackson.databind.node.ObjectNode) values.get("properties")).set("departments",
        schema.get("properties").get("departments"));
    compare(schema, "values", values, Policy.class);
    compare(schema, "calendar", values.at("/properties/calendar"), CalendarPolicy.class);
    compare(schema, "ratingScale", values.at("/properties/ratingScale"), RatingScale.class);
  }

  /** The schema object {@code node} (called {@code name}) has every property of the type, and their enums. */
  private static void compare(JsonNode schema, String name, JsonNode node, Class<?> type) {
    Map<String, JavaType> fields = fields(type);
    Set<String> described = new TreeSet<>();
    node.get("properties").fieldNames().forEachRemaining(described::add);
    assertTrue(described.containsAll(fields.keySet()),
        () -> name + ": the schema lacks " + missing(fields.keySet(), described) + " of " + type.getSimpleName());
    Set<String> extra = new TreeSet<>(described);
    extra.removeAll(fields.keySet());
    extra.removeIf(field -> AHEAD_OF_THE_TYPES.contains(name + "." + field));
    assertEquals(Set.of(), extra, () -> name + ": fields " + type.getSimpleName() + " does not read");
    fields.forEach((field, javaType) -> enumOf(javaType).ifPresent(constants -> assertEquals(constants,
        enumIn(schema, node.get("properties").get(field)).orElse(List.of()),
        () -> name + "." + field + ": the schema's enum differs from " + javaType.toCanonical())));
  }

  /** The JSON fields of a type and their types, as perf's mapper writes it (the reader takes the same names). */
  private static Map<String, JavaType> fields(Class<?> type) {
    JsonSerialize as = type.getAnnotation(JsonSerialize.class);
    Class<?> written = as != null && as.as() != Void.class ? as.as() : type;
    Map<String, JavaType> fields = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : MAPPER.getSerializationConfig()
        .introspect(MAPPER.constructType(written)).findProperties()) {
      if (property.couldSerialize()) {
        fields.put(property.getName(), property.getPrimaryType());
      }
    }
    return fields;
  }

  /** The constants of the enum a field holds, itself or in an Optional, a collection or a map's values. */
  private static Optional<List<String>> enumOf(JavaType type) {
    JavaType inner = type;
    while (inner.isReferenceType() || inner.isContainerType()) {
      inner = inner.getContentType();
    }
    Class<?> raw = inner.getRawClass();
    return raw.isEnum()
        ? Optional.of(Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList()))
        : Optional.empty();
  }

  /** The enum a schema property lists, following local references, alternatives, items and map values. */
  private static Optional<List<String>> enumIn(JsonNode schema, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    if (node.has("enum")) {
      List<String> values = new ArrayList<>();
      node.get("enum").forEach(value -> values.add(value.asText()));
      return Optional.of(values);
    }
    if (node.has("$ref") && node.get("$ref").asText().startsWith("#/$defs/")) {
      return enumIn(schema, def(schema, node.get("$ref").asText().substring("#/$defs/".length())));
    }
    List<JsonNode> inner = new ArrayList<>();
    node.path("anyOf").forEach(inner::add);
    inner.add(node.get("items"));
    inner.add(node.get("additionalProperties"));
    return inner.stream().map(n -> enumIn(schema, n)).flatMap(Optional::stream).findFirst();
  }

  private static JsonNode def(JsonNode schema, String name) {
    JsonNode def = schema.path("$defs").get(name);
    assertTrue(def != null, () -> "no $defs/" + name);
    return def;
  }

  private static Set<String> missing(Set<String> wanted, Set<String> present) {
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(present);
    return missing;
  }
}
