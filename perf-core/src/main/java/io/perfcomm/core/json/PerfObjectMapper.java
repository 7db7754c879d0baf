package io.perfcomm.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.perfcomm.core.organisation.Role;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** Builds the one configuration of Jackson that reads and writes perf JSON. */
final class PerfObjectMapper {

  /** Deeper than any cycle file needs (about 8 levels) with room for host extensions. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Longer than any note a person types; keeps a hostile file from filling the heap. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** Digits in one number; a weight or score needs a handful. */
  static final int MAX_NUMBER_LENGTH = 100;

  private PerfObjectMapper() {}

  static ObjectMapper create() {
    JsonFactory factory = factory().build();
    SimpleModule layout = new SimpleModule("perf-layout");
    layout.addSerializer(Double.class, new WholeDoubleSerializer());
    layout.addSerializer(double.class, new WholeDoubleSerializer());
    layout.setSerializerModifier(new FileLayout());
    layout.setDeserializers(new RoleSets());
    layout.setDeserializerModifier(new SharedValues.Ids());
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new IsoTimeModule())
        .addModule(layout)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Names the generated classes ignore (e.g. a derived attribute) are as unknown to the format.
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Host extensions keep their numbers as written: 1.50 stays 1.50, 0.1 is not a binary double.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        // docs/format.md: an optional field may be null, meaning absent; skipping the null leaves the
        // generated builder's default, so null is exactly "absent" for lists, Optionals and defaults alike.
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .defaultPrettyPrinter(prettyPrinter())
        .build();
    // A number is not text and text is not a number or a boolean: a wrong type is an input error.
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }

  /**
   * The same reading limits without a symbol table: names are decoded anew, so names that collide in
   * the table's hash (whose seed changes every run) cannot make a read fail on some runs and pass on
   * others. Slower per name, so only the tree path, which names a file's problems, reads through it.
   */
  static JsonFactory withoutSymbolTable() {
    return factory().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
  }

  private static JsonFactoryBuilder factory() {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        // A key given twice would otherwise silently keep the last value.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /** Finds the reader of a person's roles, the one set of {@link Role}s in the format. */
  private static final class RoleSets extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
        BeanDescription description, TypeDeserializer elementTypes, JsonDeserializer<?> elements) {
      return type.getContentType().hasRawClass(Role.class) ? new RolesDeserializer() : null;
    }
  }

  /** Two-space indents, one array element a line, {@code "key": value}, {@code []} for empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
