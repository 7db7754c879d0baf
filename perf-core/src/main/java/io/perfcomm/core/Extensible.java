package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A record that carries host data in {@code extensions}: perf never reads it and writes it back
 * untouched. The values are Jackson trees; treat them as read-only.
 */
public interface Extensible {

  /**
   * {@return host data by key, passed through untouched; empty when the record has none} Left out of {@code
   * toString}: perf cannot know what it holds (a salary, a medical note), and Drools' trace logging
   * prints every fact.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Redacted
  Map<String, JsonNode> extensions();
}
