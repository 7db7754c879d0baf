package io.perfcomm.rules.due;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a due list as docs/format.md's "Output of due" ({@value DueList#FORMAT}): a tree of ids, days and
 * texts already rendered in the output's language, so no type of the domain reaches Jackson.
 */
final class DueJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DueJson() {}

  static String write(DueList due, Locale locale) {
    try {
      return MAPPER.writeValueAsString(tree(due, locale)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree, fields in docs/format.md's order; {@code actor} absent when the cycle names nobody in the role. */
  static ObjectNode tree(DueList due, Locale locale) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", DueList.FORMAT);
    root.put("period", due.period().id().value());
    root.put("asOf", due.asOf().toString());
    // As the findings JSON does: what was left out as not yet happened is said, 0 included.
    root.put("leftOut", due.leftOut());
    ArrayNode entries = root.putArray("due");
    for (DueStep step : due.steps()) {
      ObjectNode node = entries.addObject();
      step.actor().ifPresent(actor -> node.put("actor", actor.value()));
      node.put("actorRole", step.actorRole().name());
      node.put("step", step.step().name());
      node.put("checkpoint", step.checkpoint());
      node.put("about", step.about().value());
      node.put("by", step.by().toString());
      node.put("overdue", step.overdue());
      ArrayNode records = node.putArray("records");
      step.records().forEach(records::add);
      node.put("text", due.text(step, locale));
    }
    return root;
  }
}
