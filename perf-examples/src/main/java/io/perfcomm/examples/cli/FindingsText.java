package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a report as text for a terminal, 80 columns: a header with the counts, then the findings
 * grouped by employee (evaluator-only findings after them) or by checkpoint, each with its message,
 * advice and records, then the counts per checkpoint.
 */
final class FindingsText {

  /** How findings are grouped. */
  enum Grouping { EMPLOYEE, CHECKPOINT }

  /** Up to this many employees without findings are named; beyond, they are counted. */
  private static final int CLEAN_NAMED = 20;

  private static final String INDENT = "          ";

  private final Report report;
  private final Cycle cycle;
  private final Directory directory;
  private final Texts texts;
  private final Terminal terminal;

  FindingsText(Report report, Cycle cycle, Texts texts, Terminal terminal) {
    this.report = report;
    this.cycle = cycle;
    this.directory = new Directory(cycle, texts);
    this.texts = texts;
    this.terminal = terminal;
  }

  String write(Grouping grouping) {
    StringBuilder out = new StringBuilder();
    header(out);
    if (grouping == Grouping.EMPLOYEE) {
      byEmployee(out);
    } else {
      byCheckpoint(out);
    }
    counts(out);
    return terminal.printable(out.toString());
  }

  private void header(StringBuilder out) {
    // Dates, times and the period as the findings write them (24-hour clock and months in Chinese).
    Locale locale = texts.locale();
    out.append(terminal.bold(texts.get("check.heading", report.format(report.period().id(), locale),
        report.format(report.period().start(), locale), report.format(report.period().end(), locale)))).append('\n');
    out.append(texts.get("check.asOf", report.format(report.asOf(), locale))).append('\n');
    if (report.leftOut() > 0) {
      // Said up front: a quiet report may be quiet because what happened after asOf was not seen.
      out.append(terminal.yellow(Terminal.wrapped(texts.get("check.leftOut", report.leftOut()), "", "  ")
          .stripTrailing())).append('\n');
    }
    if (!report.disabled().isEmpty()) {
      // Said before any finding: a short report may be short because checkpoints were off.
      out.append(terminal.yellow(Terminal.wrapped(texts.get("check.disabled", texts.disabled(report)), "", "  ")
          .stripTrailing())).append('\n');
    }
    if (!report.severities().isEmpty() || !report.departmentSeverities().isEmpty()) {
      // A finding's severity may be the company's, not perf's: said before any finding, like the above.
      out.append(terminal.yellow(Terminal.wrapped(texts.get("check.severities", texts.severities(report)), "", "  ")
          .stripTrailing())).append('\n');
    }
    // The summary is the message's last argument: Chinese needs no space after its comma, English does.
    out.append(texts.get("check.people", directory.employees(), directory.evaluators(), summary())).append('\n');
    out.append(rule()).append('\n');
  }

  /** "14 findings: 9 errors, 4 warnings, 1 info", coloured. */
  String summary() {
    int total = report.findings().size();
    if (total == 0 && cycle.employees().isEmpty()) {
      // Nobody to check: nothing was followed, or not.
      return terminal.yellow(texts.get("check.nobody"));
    }
    if (total == 0) {
      // Never "the standard process was followed" when part of it was not checked.
      return report.disabled().isEmpty() ? terminal.green(texts.get("check.noFindings"))
          : terminal.yellow(texts.get("check.noFindings.disabled", report.disabled().size()));
    }
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int n = report.count(severity);
      if (n > 0) {
        parts.add(colour(severity, count(severity, n)));
      }
    }
    return texts.get(total == 1 ? "check.findings.one" : "check.findings", total, String.join(texts.get("list.separator"), parts));
  }

  private void byEmployee(StringBuilder out) {
    Map<PersonId, List<Finding>> byEmployee = new LinkedHashMap<>();
    Map<PersonId, List<Finding>> byEvaluator = new TreeMap<>();
    List<Finding> other = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.employee().isPresent()) {
        byEmployee.computeIfAbsent(finding.employee().get(), e -> new ArrayList<>()).add(finding);
      } else if (finding.evaluator().isPresent()) {
        byEvaluator.computeIfAbsent(finding.evaluator().get(), e -> new ArrayList<>()).add(finding);
      } else {
        other.add(finding);
      }
    }
    // Employees in file order, those with findings only.
    for (Person person : cycle.employees()) {
      List<Finding> findings = byEmployee.remove(person.id());
      if (findings != null) {
        employeeGroup(out, person.id(), findings);
      }
    }
    byEmployee.forEach((id, findings) -> employeeGroup(out, id, findings));
    byEvaluator.forEach((id, findings) -> {
      groupHeading(out, directory.label(id) + " · " + texts.get("label.evaluatorRole"), findings, List.of(directory.label(id)));
      bySeverity(findings).forEach(f -> finding(out, f, true));
    });
    if (!other.isEmpty()) {
      groupHeading(out, texts.get("label.other"), other, List.of());
      other.forEach(f -> finding(out, f, true));
    }
    clean(out);
  }

  private void employeeGroup(StringBuilder out, PersonId id, List<Finding> findings) {
    StringBuilder heading = new StringBuilder(directory.label(id));
    directory.position(id).ifPresent(p -> heading.append(" · ").append(p));
    directory.evaluatorOf(id).ifPresent(e -> heading.append(" · ")
        .append(texts.get("label.evaluator", directory.label(e))));
    List<String> people = new ArrayList<>(List.of(directory.label(id)));
    directory.evaluatorOf(id).ifPresent(e -> people.add(directory.label(e)));
    groupHeading(out, heading.toString(), findings, people);
    bySeverity(findings).forEach(f -> finding(out, f, true));
  }

  /** Within one person, 不合规 before 风险 before 提示 (DOMAIN.md §6.4); the report's order within each. */
  private static List<Finding> bySeverity(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity));
    return sorted;
  }

  /**
   * The rendered names of the people a finding speaks of and of its employee's indicators, which the
   * line breaker keeps whole.
   */
  private List<String> people(Finding finding) {
    List<String> units = new ArrayList<>();
    finding.employee().ifPresent(id -> units.addAll(directory.indicatorNames(id)));
    finding.employee().ifPresent(id -> addPerson(units, id));
    finding.evaluator().ifPresent(id -> addPerson(units, id));
    directory.evaluator(finding).ifPresent(id -> addPerson(units, id));
    for (Object value : finding.arguments().values()) {
      if (value instanceof PersonId id) {
        addPerson(units, id);
      } else if (value instanceof Collection<?> values) {
        values.stream().filter(PersonId.class::isInstance).forEach(v -> addPerson(units, (PersonId) v));
      }
    }
    return units;
  }

  /** A person's label (王芳（E04）) first, then the bare name: the longer unit is joined before the shorter. */
  private void addPerson(List<String> units, PersonId id) {
    units.add(directory.label(id));
    units.add(report.name(id).orElse(directory.name(id)));
  }

  private void byCheckpoint(StringBuilder out) {
    Map<String, List<Finding>> byCheckpoint = report.findings().stream()
        .collect(Collectors.groupingBy(Finding::checkpoint, LinkedHashMap::new, Collectors.toList()));
    byCheckpoint.forEach((checkpoint, findings) -> {
      groupHeading(out, checkpoint + "  " + title(checkpoint), findings, List.of());
      for (Finding finding : findings) {
        String who = finding.employee().map(directory::label)
            .or(() -> finding.evaluator().map(e -> directory.label(e) + " · " + texts.get("label.evaluatorRole")))
            .orElse(texts.get("label.other"));
        Optional<PersonId> evaluator = finding.employee().isPresent() ? directory.evaluator(finding) : Optional.empty();
        String line = who + evaluator.map(e -> " · " + texts.get("label.evaluator", directory.label(e))).orElse("");
        out.append(Terminal.wrapped(line, "  " + severityTag(finding.severity()) + " ", INDENT, people(finding)));
        body(out, finding);
      }
    });
    clean(out);
  }

  private void groupHeading(StringBuilder out, String heading, List<Finding> findings, List<String> people) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    String tally = counts.entrySet().stream().map(e -> count(e.getKey(), e.getValue()))
        .collect(Collectors.joining(texts.get("list.separator")));
    out.append('\n');
    // The tally stands at the right of the heading's last line, or on a line of its own when it does not fit there.
    List<String> lines = Terminal.wrap(Terminal.keepWhole(heading, people), "", "  ");
    out.append(lines.stream().map(terminal::bold).collect(Collectors.joining("\n")));
    int used = Terminal.width(lines.get(lines.size() - 1));
    if (used > Terminal.WIDTH - Terminal.width(tally) - 2) {
      out.append('\n');
      used = 0;
    }
    out.append(" ".repeat(Terminal.WIDTH - used - Terminal.width(tally))).append(terminal.dim(tally)).append('\n');
  }

  private void finding(StringBuilder out, Finding finding, boolean withTitle) {
    String tag = severityTag(finding.severity());
    String lead = "  " + tag + " " + finding.checkpoint() + "  ";
    List<String> lines = Terminal.wrap(title(finding), " ".repeat(Terminal.width(lead)), INDENT);
    out.append("  ").append(colour(finding.severity(), tag)).append(' ').append(terminal.bold(finding.checkpoint()))
        .append("  ").append(lines.get(0).substring(Terminal.width(lead))).append('\n');
    lines.subList(1, lines.size()).forEach(l -> out.append(l).append('\n'));
    body(out, finding);
  }

  private void body(StringBuilder out, Finding finding) {
    List<String> people = people(finding);
    out.append(Terminal.wrapped(report.message(finding, texts.locale()), INDENT, INDENT, people));
    String advice = Terminal.wrapped("→ " + report.advice(finding, texts.locale()), INDENT, INDENT + "  ", people);
    out.append(terminal.cyan(advice.stripTrailing())).append('\n');
    if (!finding.records().isEmpty()) {
      // Joined as the language joins a list (、 in Chinese).
      String records = String.join(texts.get("list.separator"), finding.records());
      out.append(terminal.dim(Terminal.wrapped(texts.get("label.records", records),
          INDENT, INDENT + "  ").stripTrailing())).append('\n');
    }
  }

  private void clean(StringBuilder out) {
    List<String> clean = cycle.employees().stream()
        .filter(p -> report.about(p.id()).isEmpty())
        .map(p -> directory.label(p.id()))
        .collect(Collectors.toList());
    if (clean.isEmpty()) {
      return;
    }
    out.append('\n');
    String line = clean.size() <= CLEAN_NAMED
        ? texts.get("check.clean.named", clean.size(), String.join(texts.get("list.separator"), clean))
        : texts.get("check.clean.counted", clean.size());
    out.append(terminal.green(Terminal.wrapped("✓ " + line, "", "  ", clean).stripTrailing())).append('\n');
  }

  private void counts(StringBuilder out) {
    if (report.findings().isEmpty()) {
      return;
    }
    out.append('\n').append(rule()).append('\n');
    out.append(terminal.bold(texts.get("check.byCheckpoint"))).append('\n');
    Map<String, Map<Severity, Integer>> counts = new LinkedHashMap<>();
    report.findings().forEach(f -> counts.computeIfAbsent(f.checkpoint(), c -> new EnumMap<>(Severity.class))
        .merge(f.severity(), 1, Integer::sum));
    counts.forEach((checkpoint, bySeverity) -> {
      int n = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
      String number = String.format("%6s", texts.number(n));
      String lead = "  " + checkpoint + number + "  ";
      String title = title(checkpoint);
      int room = Terminal.WIDTH - Terminal.width(lead);
      out.append("  ").append(terminal.bold(checkpoint)).append(number).append("  ")
          .append(Terminal.width(title) <= room ? title : cut(title, room)).append('\n');
    });
    out.append(summary()).append('\n');
  }

  private static String cut(String text, int columns) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Terminal.isWide(cp) ? 2 : 1;
      if (used + w > columns - 1) {
        return out.append('…').toString();
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** A finding's title, stating the policy in force for its person; nothing for a host checkpoint without one. */
  private String title(Finding finding) {
    String title = report.title(finding, texts.locale());
    return title.startsWith("[") ? "" : title;
  }

  /** A checkpoint's title, or nothing for a host checkpoint without one in its bundle. */
  String title(String checkpoint) {
    String title = report.title(checkpoint, texts.locale());
    return title.startsWith("[") ? "" : title;
  }

  private String severityTag(Severity severity) {
    String tag = texts.get("severity." + severity);
    return tag + " ".repeat(Math.max(0, 7 - Terminal.width(tag)));
  }

  private String colour(Severity severity, String text) {
    switch (severity) {
      case ERROR: return terminal.red(text);
      case WARNING: return terminal.yellow(text);
      default: return terminal.cyan(text);
    }
  }

  String count(Severity severity, int n) {
    return texts.get("count." + severity + (n == 1 ? ".one" : ""), n);
  }

  private String rule() {
    return terminal.dim("─".repeat(Terminal.WIDTH));
  }
}
