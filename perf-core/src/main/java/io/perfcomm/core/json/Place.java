package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.perfcomm.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place in a cycle or policy file named as a {@link Problem} names it: the record ({@code
 * interviews[2]}, or a top-level field such as {@code period}), the record's id where the file gives
 * one, and the field within the record ({@code objections[0].response.at}).
 */
record Place(String record, Optional<String> id, String field, Optional<String> element) {

  /** A place without a nested element of its own to name. */
  Place(String record, Optional<String> id, String field) {
    this(record, id, field, Optional.empty());
  }

  /**
   * The place of a path of field names ({@code String}) and list indexes ({@code Integer}).
   *
   * @param root the file's tree, to look the record's id up in
   * @param rootRecord the record the whole file is ({@code policy} for a policy file), or empty for
   *     a cycle file, whose records are its top-level fields and list elements
   */
  static Place of(JsonNode root, Optional<String> rootRecord, List<Object> path) {
    if (rootRecord.isPresent()) {
      return new Place(rootRecord.get(), Optional.empty(), path.isEmpty() ? rootRecord.get() : field(path));
    }
    if (path.isEmpty()) {
      return new Place("cycle", Optional.empty(), "cycle");
    }
    if (path.size() >= 2 && path.get(0) instanceof String kind && path.get(1) instanceof Integer index) {
      String record = kind + "[" + index + "]";
      List<Object> rest = path.subList(2, path.size());
      return new Place(record, id(root, kind, index), rest.isEmpty() ? record : field(rest),
          element(Place.node(root, path.subList(0, 2)), rest));
    }
    String top = String.valueOf(path.get(0));
    List<Object> rest = path.subList(1, path.size());
    return new Place(top, Optional.empty(), rest.isEmpty() ? top : field(rest));
  }

  /**
   * A problem at this place; the reason starts with the field, as the validator's reasons do, and
   * names the nested element by its id and name where it has them ({@code (indicator KPI-2
   * "大客户回款额")}): a reader finds an indicator by its name and id, not by its place in a list.
   */
  Problem problem(String reason) {
    return Problem.of(record, id, field, element.map(e -> reason + " (" + e + ")").orElse(reason));
  }

  /** The innermost list element on the path inside a record that carries an id, as {@code indicator KPI-2 "大客户回款额"}. */
  private static Optional<String> element(JsonNode record, List<Object> rest) {
    Optional<String> named = Optional.empty();
    JsonNode node = record;
    String list = null;
    for (Object segment : rest) {
      node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
      if (segment instanceof String name) {
        list = name;
      } else if (list != null && node.path("id").isTextual() && !node.path("id").asText().isBlank()) {
        String kind = list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
        Optional<String> name = node.path("name").isTextual() ? Optional.of(node.path("name").asText()) : Optional.empty();
        named = Optional.of(Problem.element(kind, node.path("id").asText(), name));
      }
    }
    return named;
  }

  /** The node at a path, or a missing node. */
  static JsonNode node(JsonNode root, List<Object> path) {
    JsonPointer pointer = JsonPointer.empty();
    for (Object segment : path) {
      pointer = segment instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty((String) segment);
    }
    return root.at(pointer);
  }

  /** The path with one more segment. */
  static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(segment);
    return longer;
  }

  private static Optional<String> id(JsonNode root, String kind, int index) {
    JsonNode id = root.path(kind).path(index).path("id");
    return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
  }

  private static String field(List<Object> path) {
    StringBuilder field = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(segment);
      }
    }
    return field.toString();
  }
}
