package io.perfcomm.rules.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes an agenda as the agenda JSON of docs/format.md ("Agendas"): a tree of the agenda's texts and numbers,
 * already rendered in the output's language, so no type of the domain reaches Jackson.
 */
final class AgendaJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AgendaJson() {}

  static String write(Agenda agenda, Locale locale) {
    try {
      return MAPPER.writeValueAsString(tree(agenda, locale));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON tree, fields in the order docs/format.md lists them; {@code interview} and {@code evaluator} absent when unknown. */
  static ObjectNode tree(Agenda agenda, Locale locale) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", Agenda.FORMAT);
    root.put("type", agenda.type().name());
    agenda.interview().ifPresent(id -> root.put("interview", id.value()));
    root.put("employee", agenda.employee().value());
    agenda.evaluator().ifPresent(id -> root.put("evaluator", id.value()));
    root.put("asOf", agenda.asOf().toString());
    root.put("leftOut", agenda.leftOut());
    root.put("plannedMinutes", agenda.plannedMinutes());
    ArrayNode items = root.putArray("items");
    for (AgendaItem item : agenda.items()) {
      ObjectNode node = items.addObject();
      node.put("kind", item.kind().name());
      node.put("title", agenda.render(item.title(), locale));
      node.put("minutes", item.minutes());
      ArrayNode points = node.putArray("points");
      item.points().forEach(p -> points.add(agenda.render(p, locale)));
      ArrayNode records = node.putArray("records");
      item.records().forEach(records::add);
    }
    return root;
  }
}
