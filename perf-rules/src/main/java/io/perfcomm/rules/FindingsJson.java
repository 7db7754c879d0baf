package io.perfcomm.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.json.CycleJson;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a report as the findings JSON, {@value #FORMAT} (docs/format.md, "Findings"; schema {@value
 * #SCHEMA}): the output of {@code perf check --format json}, so that a host serves or stores the same
 * document without writing its own. Messages and advice are rendered in the locale asked for. Thread-safe.
 */
public final class FindingsJson {

  /** The format version of the findings output. */
  public static final String FORMAT = "perf-findings/1";

  /** The class-path resource of the JSON Schema (2020-12) this output follows. */
  public static final String SCHEMA = "/io/perfcomm/rules/schema/findings.schema.json";

  private static final ObjectMapper MAPPER = CycleJson.mapper();

  private FindingsJson() {}

  /**
   * The report as pretty-printed JSON text, ending in a line break, its texts in the locale.
   *
   * @param report the check's report
   * @param locale the language of the messages and advice
   * @return the {@code perf-findings/1} document
   */
  public static String write(Report report, Locale locale) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report, locale)) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serializes; this is a bug in perf, not bad input.
      throw new IllegalStateException("cannot write findings", e);
    }
  }

  /**
   * The report as a JSON tree, fields in the documented order, for a host that embeds it in its own response.
   *
   * @param report the check's report
   * @param locale the language of the messages and advice
   * @return the {@code perf-findings/1} document as a tree
   */
  public static ObjectNode tree(Report report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("period", report.period().id().value());
    root.put("asOf", report.asOf().toString());
    root.put("leftOut", report.leftOut());
    // Always present, empty when nothing was off: a reader must not have to infer it.
    ArrayNode disabled = root.putArray("disabled");
    report.disabled().keySet().forEach(disabled::add);
    ObjectNode disabledBy = root.putObject("disabledBy");
    report.disabled().forEach((id, sources) -> sources.forEach(by -> disabledBy.withArray(id).add(by.name())));
    ArrayNode findings = root.putArray("findings");
    // Report.findings() is already in the documented order: checkpoint, employee, records.
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("checkpoint", finding.checkpoint());
      node.put("severity", finding.severity().name());
      finding.employee().ifPresent(e -> node.put("employee", e.value()));
      finding.evaluator().ifPresent(e -> node.put("evaluator", e.value()));
      ArrayNode records = node.putArray("records");
      finding.records().forEach(records::add);
      node.put("message", report.message(finding, locale));
      node.put("advice", report.advice(finding, locale));
    }
    ObjectNode summary = root.putObject("summary");
    for (Severity severity : Severity.values()) {
      summary.put(severity.name(), report.count(severity));
    }
    return root;
  }
}
