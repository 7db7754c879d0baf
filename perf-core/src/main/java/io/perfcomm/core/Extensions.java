package io.perfcomm.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Typed access to a record's host data ({@link Extensible#extensions}), for host rule sheets and host
 * code: {@code Extensions.text(person, "costCentre")}. Plain static methods returning plain values, so
 * a DRL constraint reads them without {@code eval} or {@code Optional} chains:
 *
 * <pre>{@code
 * $e : Employee(Extensions.text(person, "costCentre") == "CC-7", Extensions.flag(person, "probation"))
 * }</pre>
 *
 * <p>An absent key (or a JSON {@code null}) reads as {@code null} ({@code false} for {@link #flag});
 * a value of another JSON type than asked for fails with an {@link IllegalArgumentException} naming the
 * key and the type found, never the value (host data may be confidential): a rule that reads a
 * number as text is a bug to see, not a finding to miss. {@link #value} makes extension values for
 * builders and {@code Scenario}.
 */
public final class Extensions {

  private Extensions() {}

  /**
   * {@return whether the record carries a non-null value under the key}
   *
   * @param record the record carrying host data
   * @param key the key in its {@code extensions}
   * @throws NullPointerException if the record or key is null
   */
  public static boolean has(Extensible record, String key) {
    JsonNode node = record.extensions().get(key);
    return node != null && !node.isNull();
  }

  /**
   * {@return a JSON string's value under the key; {@code null} when absent}
   *
   * @param record the record carrying host data
   * @param key the key in its {@code extensions}
   * @throws IllegalArgumentException if the value is not a JSON string
   */
  public static String text(Extensible record, String key) {
    JsonNode node = get(record, key);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      throw wrongType(key, node, "text");
    }
    return node.textValue();
  }

  /**
   * A JSON number's value under the key, exactly as written ({@code 1.50} stays {@code 1.50}); {@code
   * null} when absent. Compare it in DRL as any number ({@code Extensions.number(person, "grade") >= 7}).
   *
   * @param record the record carrying host data
   * @param key the key in its {@code extensions}
   * @return the number, or null
   * @throws IllegalArgumentException if the value is not a JSON number
   */
  public static BigDecimal number(Extensible record, String key) {
    JsonNode node = get(record, key);
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      throw wrongType(key, node, "a number");
    }
    return node.decimalValue();
  }

  /**
   * {@return whether the value under the key is JSON {@code true}; {@code false} when absent}
   *
   * @param record the record carrying host data
   * @param key the key in its {@code extensions}
   * @throws IllegalArgumentException if the value is not a JSON boolean
   */
  public static boolean flag(Extensible record, String key) {
    JsonNode node = get(record, key);
    if (node == null) {
      return false;
    }
    if (!node.isBoolean()) {
      throw wrongType(key, node, "true or false");
    }
    return node.booleanValue();
  }

  /**
   * An extension value for a record's builder ({@code putExtensions(key, Extensions.value(…))}): a
   * string, number or boolean as the JSON value it is, a {@link JsonNode} as itself.
   *
   * @param value a string, number, boolean or JsonNode
   * @return the JSON value
   * @throws IllegalArgumentException if the value is null or of another type
   */
  public static JsonNode value(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return json.textNode(text);
    }
    if (value instanceof Boolean flag) {
      return json.booleanNode(flag);
    }
    if (value instanceof BigDecimal decimal) {
      return json.numberNode(decimal);
    }
    if (value instanceof BigInteger integer) {
      return json.numberNode(integer);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return json.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return json.numberNode(new BigDecimal(value.toString()));
    }
    throw new IllegalArgumentException("an extension value is a string, number, boolean or JsonNode, not "
        + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  private static JsonNode get(Extensible record, String key) {
    JsonNode node = record.extensions().get(key);
    return node == null || node.isNull() ? null : node;
  }

  private static IllegalArgumentException wrongType(String key, JsonNode node, String wanted) {
    return new IllegalArgumentException("extensions." + key + " is " + describe(node) + ", not " + wanted);
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "text";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
