package io.perfcomm.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A record that carries host data in {@code extensions}: perf never reads it and writes it back
 * untouched. The values are Jackson trees; treat them as read-only.
 */
public interface Extensible {

  /** Host data by key, passed through untouched; empty when the record has none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, JsonNode> extensions();
}
