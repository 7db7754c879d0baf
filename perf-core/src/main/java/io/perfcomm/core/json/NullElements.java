package io.perfcomm.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfcomm.core.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds {@code null} elements of lists before mapping. A null field means "absent" and the mapper
 * skips it, but a list has no absent element: the generated builders would throw a bare
 * NullPointerException naming no position. The same holds for the entries of a policy's
 * {@code departments} map. Host {@code extensions} are not looked into.
 */
final class NullElements {

  private final JsonNode root;
  private final Optional<String> rootRecord;
  private final List<Problem> problems = new ArrayList<>();

  private NullElements(JsonNode root, Optional<String> rootRecord) {
    this.root = root;
    this.rootRecord = rootRecord;
  }

  static List<Problem> in(JsonNode root, Optional<String> rootRecord) {
    NullElements finder = new NullElements(root, rootRecord);
    finder.visit(root, List.of());
    return finder.problems;
  }

  private void visit(JsonNode node, List<Object> path) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> at = Place.append(path, i);
        if (node.get(i).isNull()) {
          Place place = Place.of(root, rootRecord, at);
          problems.add(place.problem(place.field() + " is null"));
        } else {
          visit(node.get(i), at);
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        if (name.equals("departments") && field.getValue().isObject()) {
          departmentOverrides(field.getValue(), Place.append(path, name));
        } else if (!name.equals("extensions")) {
          visit(field.getValue(), Place.append(path, name));
        }
      }
    }
  }

  // A policy's departments: a map, not a record, so a null entry has no "absent" meaning either.
  private void departmentOverrides(JsonNode map, List<Object> path) {
    for (Iterator<Map.Entry<String, JsonNode>> entries = map.fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = entries.next();
      List<Object> at = Place.append(path, entry.getKey());
      if (entry.getValue().isNull()) {
        Place place = Place.of(root, rootRecord, at);
        problems.add(place.problem(place.field() + " is null"));
      } else {
        visit(entry.getValue(), at);
      }
    }
  }
}
