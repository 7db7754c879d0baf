package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.json.JsonSchemas;
import io.perfcomm.rules.agenda.Agenda;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/format.md and the schemas say the same: every field and every enumerated value a schema lists is named in it. */
class FormatDocTest {

  private static final List<String> SCHEMAS = List.of(CycleJson.CYCLE_SCHEMA, CycleJson.POLICY_SCHEMA,
      FindingsJson.SCHEMA, Agenda.SCHEMA, "/io/perfcomm/rules/schema/due.schema.json");

  @Test
  void everyFieldAndValueOfTheSchemasIsNamedInTheDoc() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../docs/format.md"),
        StandardCharsets.UTF_8);
    Set<String> unnamed = new TreeSet<>();
    for (String schema : SCHEMAS) {
      Set<String> names = new TreeSet<>();
      collect(JsonSchemas.source(schema), names);
      // A name is in backticks, as a list ("`people[]`") or as a JSON string in an example.
      names.stream().filter(name -> !doc.contains("`" + name + "`") && !doc.contains("`" + name + "[]`")
              && !doc.contains("\"" + name + "\""))
          .forEach(name -> unnamed.add(schema.substring(schema.lastIndexOf('/') + 1) + ": " + name));
    }
    assertEquals(Set.of(), unnamed);
  }

  /** The property names, enumerated values and constants of a schema, wherever they are nested. */
  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.path("properties").fieldNames().forEachRemaining(names::add);
      node.path("enum").forEach(value -> names.add(value.asText()));
      if (node.has("const")) {
        names.add(node.get("const").asText());
      }
    }
    node.forEach(child -> collect(child, names));
  }
}
