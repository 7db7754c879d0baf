package io.perfcomm.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * perf's JSON Schemas as an independent validator (networknt's) reads them from the jars: the {@code $id}s map
 * to the class path, so a test never reaches the network and sees exactly the files a host gets.
 */
public final class JsonSchemas {

  /** The common base of every schema's {@code $id}; the file name follows it. */
  public static final String BASE = "https://perfcomm.io/schema/1/";

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(ids -> ids
          .mapPrefix(BASE + "cycle.schema.json", "classpath:io/perfcomm/core/schema/cycle.schema.json")
          .mapPrefix(BASE + "policy.schema.json", "classpath:io/perfcomm/core/schema/policy.schema.json")
          .mapPrefix(BASE, "classpath:io/perfcomm/rules/schema/")));

  private JsonSchemas() {}

  /** The schema of a file name, e.g. {@code cycle.schema.json}, by its {@code $id}. */
  public static Schema schema(String file) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + file));
  }

  /** What the schema finds wrong with the JSON, one line each; empty when it is valid. */
  public static List<String> errors(String file, JsonNode json) {
    return schema(file).validate(json).stream().map(Error::toString).collect(Collectors.toList());
  }

  /** What the 2020-12 meta-schema (bundled with the validator) finds wrong with a schema file of the class path. */
  public static List<String> metaSchemaErrors(String resource) {
    return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(source(resource))
        .stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The same for JSON text, parsed by a plain Jackson mapper (not perf's). */
  public static List<String> errors(String file, String json) {
    return errors(file, tree(json));
  }

  /** JSON text as a tree, read by a plain mapper. */
  public static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A schema file's own JSON, from the class path, for tests that read what it declares. */
  public static JsonNode source(String resource) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return PLAIN.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
