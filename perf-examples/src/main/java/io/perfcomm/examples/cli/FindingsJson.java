package io.perfcomm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.Locale;

/** Writes a report as FORMAT.md's "Output of check --format json" ({@value #FORMAT}). */
final class FindingsJson {

  /** The format version of the findings output. */
  static final String FORMAT = "perf-findings/1";

  private static final ObjectMapper MAPPER = CycleJson.mapper();

  private FindingsJson() {}

  static String write(Report report, Locale locale) {
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
    // The checkpoints whose severity the policy set (checkpoint id → severity), always present like
    // "disabled"; a department's own only where a department sets one.
    ObjectNode severities = root.putObject("severities");
    report.severities().forEach((id, severity) -> severities.put(id, severity.name()));
    if (!report.departmentSeverities().isEmpty()) {
      ObjectNode departments = root.putObject("departmentSeverities");
      report.departmentSeverities().forEach((department, set) -> {
        ObjectNode own = departments.putObject(department);
        set.forEach((id, severity) -> own.put(id, severity.name()));
      });
    }
    ArrayNode findings = root.putArray("findings");
    // Report.findings() is already in FORMAT.md's order: checkpoint, employee, records.
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
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write findings", e);
    }
  }
}
