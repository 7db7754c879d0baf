package io.perfcomm.core.json;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.perfcomm.core.Id;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a Jackson mapping failure into the problems it stands for, named by record, id and field
 * as {@link Problem} names them. Jackson's reference path gives the place; the file's tree gives the
 * offending value and the record's id.
 */
final class MappingFailure {

  // The message of the builders Immutables generates, e.g. "... are not set [id, scheduledAt]".
  private static final Pattern NOT_SET = Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[(.*)]");

  private static final int LONGEST_VALUE = 40;

  private final ObjectMapper mapper;
  private final JsonNode root;
  private final Optional<String> rootRecord;

  MappingFailure(ObjectMapper mapper, JsonNode root, Optional<String> rootRecord) {
    this.mapper = mapper;
    this.root = root;
    this.rootRecord = rootRecord;
  }

  /** The cycle's own structural problems, when the failure is the cycle check refusing the cycle. */
  static Optional<InvalidCycleException> structural(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidCycleException invalid) {
        return Optional.of(invalid);
      }
    }
    return Optional.empty();
  }

  /** What went wrong, one problem per missing field, otherwise one problem. */
  List<Problem> problems(JsonMappingException failure) {
    List<Object> path = path(failure);
    Place place = Place.of(root, rootRecord, path);
    JsonNode node = Place.node(root, path);
    Throwable cause = failure.getCause();
    if (failure instanceof StatedMismatch stated) {
      return List.of(place.problem(place.field() + " " + render(node) + " " + stated.reason()));
    }
    if (failure instanceof PropertyBindingException) {
      return List.of(place.problem("unknown field \"" + place.field() + "\""));
    }
    if (cause instanceof IllegalStateException && NOT_SET.matcher(String.valueOf(cause.getMessage())).matches()) {
      return missing(failure, path, cause.getMessage());
    }
    if (cause instanceof IllegalArgumentException && node.isTextual() && node.asText().isBlank()) {
      return List.of(place.problem(place.field() + " " + render(node) + " is blank"));
    }
    if (cause instanceof InputCoercionException) {
      return List.of(place.problem(place.field() + " " + render(node) + " is out of range"));
    }
    if (cause instanceof NullPointerException) {
      return List.of(place.problem(place.field() + " holds a null where a value is needed"));
    }
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String value = node.isMissingNode() && failure instanceof InvalidFormatException format
          ? String.valueOf(format.getValue())
          : render(node);
      return List.of(place.problem(place.field() + " " + value + " is not " + expected(mismatch.getTargetType())));
    }
    String why = cause != null && cause.getMessage() != null ? cause.getMessage() : failure.getOriginalMessage();
    return List.of(place.problem(place.field() + " " + render(node) + " cannot be read: " + why));
  }

  private List<Problem> missing(JsonMappingException failure, List<Object> path, String message) {
    Matcher matcher = NOT_SET.matcher(message);
    matcher.matches();
    Optional<JavaType> type = failure instanceof ValueInstantiationException instantiation
        ? Optional.ofNullable(instantiation.getType())
        : Optional.empty();
    List<Problem> problems = new ArrayList<>();
    for (String attribute : matcher.group(1).split(",\\s*")) {
      Place place = Place.of(root, rootRecord, Place.append(path, jsonName(type, attribute)));
      problems.add(place.problem(place.field() + " is missing"));
    }
    return problems;
  }

  /** The name the file uses for an attribute, e.g. {@code private} for {@code privateRoom}. */
  private String jsonName(Optional<JavaType> type, String attribute) {
    if (type.isEmpty()) {
      return attribute;
    }
    BeanDescription description = mapper.getSerializationConfig().introspect(type.get());
    return description.findProperties().stream()
        .filter(p -> p.getInternalName().equals(attribute))
        .map(BeanPropertyDefinition::getName)
        .findFirst()
        .orElse(attribute);
  }

  private static List<Object> path(JsonMappingException failure) {
    List<Object> path = new ArrayList<>();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        path.add(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.add(reference.getIndex());
      }
    }
    return path;
  }

  /** A value as it appears in the file, shortened; strings quoted. */
  static String render(JsonNode node) {
    if (node.isMissingNode()) {
      return "(absent)";
    }
    if (node.isObject()) {
      return "{…}";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "[]" : "[…]";
    }
    String text = node.isTextual() ? node.asText() : node.toString();
    if (text.length() > LONGEST_VALUE) {
      text = text.substring(0, LONGEST_VALUE) + "…";
    }
    return node.isTextual() ? quote(text) : text;
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class || type == Float.class || type == float.class
        || type == BigDecimal.class || type == Number.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class || Id.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date (expected 2026-03-31)";
    }
    if (type == LocalDateTime.class) {
      return "a date-time (expected 2026-03-31T10:00)";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
