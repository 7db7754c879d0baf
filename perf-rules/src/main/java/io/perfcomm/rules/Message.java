package io.perfcomm.rules;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A language-neutral text: a message bundle key with named argument values (dates, numbers, ids,
 * people, enum values, free text, other {@code Message}s, lists of them), rendered in a locale only
 * when it is written out. The one message model of perf: a finding's message and advice, every title
 * and point of an agenda, are messages, rendered by one {@link MessageRenderer}.
 */
@Value.Immutable
public abstract class Message {

  /** {@return the message bundle key, e.g. {@code COM-02.message} or {@code agenda.review.title}} */
  @Value.Parameter
  public abstract String key();

  /** {@return the values for the pattern's named arguments ({@code {count}}, {@code {count, plural, …}})} */
  public abstract Map<String, Object> arguments();

  /**
   * {@return a message without arguments}
   *
   * @param key the message bundle key
   */
  public static Message of(String key) {
    return builder().key(key).build();
  }

  /**
   * {@return a message with arguments}
   *
   * @param key the message bundle key
   * @param arguments the values by placeholder name
   */
  public static Message of(String key, Map<String, ?> arguments) {
    return builder().key(key).putAllArguments(arguments).build();
  }

  /**
   * {@return this message with one more argument}
   *
   * @param name the name
   * @param value the value
   */
  public Message with(String name, Object value) {
    return builder().from(this).putArguments(name, value).build();
  }

  /**
   * The key and the names of the arguments, never their values: a message's values are scores, actual
   * results and remarks, and Drools logs every fact at TRACE.
   */
  @Override
  public String toString() {
    return "Message{" + key() + ", arguments " + new java.util.TreeSet<>(arguments().keySet()) + "}";
  }

  /**
   * The key and the values of the arguments (nested messages spelled out), in name order: a stable
   * tie-breaker for ordering points and topics, which {@link #toString()} no longer is since it hides
   * the values. Never logged.
   */
  String orderKey() {
    return key() + valueKey(new java.util.TreeMap<>(arguments()));
  }

  /** A value as text to order by, nested messages, maps, collections and optionals included. */
  private static String valueKey(Object value) {
    if (value instanceof Message message) {
      return message.orderKey();
    }
    if (value instanceof java.util.Map<?, ?> map) {
      StringBuilder key = new StringBuilder("{");
      map.forEach((k, v) -> key.append(k).append('=').append(valueKey(v)).append(';'));
      return key.append('}').toString();
    }
    if (value instanceof java.util.Collection<?> values) {
      return values.stream().map(Message::valueKey).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
    if (value instanceof java.util.Optional<?> optional) {
      return optional.map(Message::valueKey).orElse("");
    }
    return String.valueOf(value);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Message}. */
  public static final class Builder extends ImmutableMessage.Builder {}
}
