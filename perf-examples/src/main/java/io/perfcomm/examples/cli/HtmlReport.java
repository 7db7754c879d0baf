package io.perfcomm.examples.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.examples.cli.OuterLoop.Checked;
import io.perfcomm.examples.cli.OuterLoop.EvaluatorFigures;
import io.perfcomm.examples.cli.OuterLoop.PeriodFigures;
import io.perfcomm.examples.cli.OuterLoop.Tally;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the HTML pages: the outer-loop report of {@code report} and the findings page of {@code
 * check --format html}. One self-contained XHTML-compatible page each (inline CSS and SVG, no
 * network, printable), rendered by mustache.java from the templates under {@code
 * io/perfcomm/examples/report/}; this class only computes the figures and the chart geometry.
 */
final class HtmlReport {

  private static final String TEMPLATES = "io/perfcomm/examples/report";
  private static final MustacheFactory MUSTACHE = new DefaultMustacheFactory(TEMPLATES);

  /** The management systems in the order of the standard process (DOMAIN.md §6); a host's own come last. */
  private static final List<String> SYSTEMS = List.of("OBJ", "COM", "EVA", "INT", "APL", "APP", "TRN");

  /** The heat map and the evaluator table show the worst this many evaluators. */
  static final int TOP_EVALUATORS = 25;

  /** Width of a bar in the tables' inline charts, in SVG units. */
  private static final int BAR = 200;

  private final Texts texts;
  private final Locale locale;

  HtmlReport(Texts texts) {
    this.texts = texts;
    this.locale = texts.locale();
  }

  /** The outer-loop report over one or more checked cycles. */
  String report(List<Checked> checked) {
    Map<String, Object> model = base(new OuterLoop(checked), checked);
    model.put("pageTitle", texts.get("html.report.title"));
    model.put("outerLoop", true);
    return render(model);
  }

  /** The findings page of one checked cycle: the outer-loop figures plus every finding by employee. */
  String check(Cycle cycle, Report report, String source) {
    List<Checked> checked = List.of(new Checked(source, cycle, report));
    Map<String, Object> model = base(new OuterLoop(checked), checked);
    model.put("pageTitle", texts.get("html.check.title", cycle.period().id().value()));
    model.put("findingGroups", findingGroups(cycle, report));
    model.put("hasFindingGroups", !report.findings().isEmpty());
    return render(model);
  }

  private String render(Map<String, Object> model) {
    Mustache template = MUSTACHE.compile("page.mustache");
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }

  private Map<String, Object> base(OuterLoop loop, List<Checked> checked) {
    Report anyReport = checked.get(0).report();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", locale.getLanguage().equals("zh") ? "zh-CN" : "en");
    model.put("t", labels());
    List<PeriodFigures> periods = loop.periods();
    model.put("periods", periods.stream().map(p -> p.id).collect(Collectors.joining(texts.get("list.separator"))));
    model.put("sources", checked.stream().map(Checked::source).collect(Collectors.joining(texts.get("list.separator"))));
    model.put("generatedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).format(LocalDateTime.now().withNano(0)));
    model.put("asOf", checked.stream().map(c -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).format(c.report().asOf())).distinct().collect(Collectors.joining(texts.get("list.separator"))));
    // Events dated after asOf were not seen: the page says how many, beside the moment of the check.
    int leftOut = checked.stream().mapToInt(c -> c.report().leftOut()).sum();
    if (leftOut > 0) {
      model.put("leftOut", texts.get("check.leftOut", leftOut));
    }

    // Which checkpoints were off, per file, with who switched them off: shown in the page header.
    model.put("disabled", checked.stream().filter(c -> !c.report().disabled().isEmpty())
        .map(c -> (checked.size() > 1 ? c.source() + ": " : "") + texts.disabled(c.report()))
        .collect(Collectors.toList()));

    // Which checkpoints carry the company's severity rather than perf's, per file.
    model.put("severities", checked.stream()
        .filter(c -> !c.report().severities().isEmpty() || !c.report().departmentSeverities().isEmpty())
        .map(c -> (checked.size() > 1 ? c.source() + ": " : "") + texts.severities(c.report()))
        .collect(Collectors.toList()));

    int employees = loop.employeesSeen.size();
    List<Map<String, Object>> kpis = new ArrayList<>();
    kpis.add(kpi(texts.get("html.kpi.employees"), texts.number(employees), periods.size() > 1
        ? texts.get("html.kpi.employeePeriods") : ""));
    kpis.add(kpi(texts.get("html.kpi.evaluators"), texts.number(loop.byEvaluator.size()), ""));
    kpis.add(kpi(texts.get("html.kpi.findings"), texts.number(loop.total.total()), severities(loop.total)));
    kpis.add(kpi(texts.get("html.kpi.withErrors"), percent(loop.employeesWithErrors.size(), employees),
        texts.get("html.kpi.withErrorsNote", loop.employeesWithErrors.size(), employees)));
    model.put("kpis", kpis);

    model.put("checkpoints", checkpointRows(loop, anyReport));
    model.put("hasFindings", loop.total.total() > 0);
    model.put("departments", departmentRows(loop));
    evaluators(loop, model);
    heatMap(loop, anyReport, model);
    atRisk(loop, periods, model);
    trend(periods, model);
    checkpointTrend(loop, periods, anyReport, model);
    departmentTrend(loop, periods, model);
    appeals(loop, model);
    return model;
  }

  /** Every {@code html.*} label, by the rest of its key, for the template's {@code {{t.…}}}. */
  private Map<String, String> labels() {
    ResourceBundle bundle = ResourceBundle.getBundle("io.perfcomm.examples.cli.messages", locale,
        Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, String> labels = new LinkedHashMap<>();
    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      if (key.startsWith("html.")) {
        labels.put(key.substring(5).replace('.', '_'), bundle.getString(key));
      }
    }
    for (Severity severity : Severity.values()) {
      labels.put("severity_" + severity, texts.get("severity." + severity));
    }
    return labels;
  }

  private List<Map<String, Object>> checkpointRows(OuterLoop loop, Report report) {
    List<Map.Entry<String, Tally>> rows = loop.checkpointsMostFirst();
    int max = rows.stream().mapToInt(e -> e.getValue().total()).max().orElse(1);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Tally> row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", row.getKey());
      m.put("title", title(report, row.getKey()));
      m.put("total", texts.number(row.getValue().total()));
      m.put("severities", severities(row.getValue()));
      m.put("bar", stackedBar(row.getValue(), max));
      out.add(m);
    }
    return out;
  }

  private List<Map<String, Object>> departmentRows(OuterLoop loop) {
    int max = loop.byDepartment.values().stream().mapToInt(d -> d.tally.total()).max().orElse(1);
    return loop.byDepartment.values().stream()
        .sorted((a, b) -> Integer.compare(b.tally.get(Severity.ERROR), a.tally.get(Severity.ERROR)))
        .map(d -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", d.name);
          m.put("employees", texts.number(d.employees.size()));
          m.put("total", texts.number(d.tally.total()));
          m.put("severities", severities(d.tally));
          m.put("withErrors", percent(d.withErrors.size(), d.employees.size()));
          m.put("bar", stackedBar(d.tally, max));
          return m;
        }).collect(Collectors.toList());
  }

  private void evaluators(OuterLoop loop, Map<String, Object> model) {
    List<EvaluatorFigures> worst = loop.evaluatorsWorstFirst().stream().filter(e -> e.tally.total() > 0)
        .collect(Collectors.toList());
    int max = worst.stream().mapToInt(e -> e.tally.total()).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvaluatorFigures e : worst.subList(0, Math.min(TOP_EVALUATORS, worst.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name);
      m.put("id", e.id.value());
      m.put("department", e.department);
      m.put("employees", texts.number(e.employees.size()));
      m.put("total", texts.number(e.tally.total()));
      m.put("errors", texts.number(e.tally.get(Severity.ERROR)));
      m.put("perEmployee", e.employees.isEmpty() ? "—"
          : String.format(locale, "%.1f", e.tally.get(Severity.ERROR) / (double) e.employees.size()));
      m.put("bar", stackedBar(e.tally, max));
      rows.add(m);
    }
    model.put("evaluators", rows);
    model.put("evaluatorsNote", worst.size() > TOP_EVALUATORS
        ? texts.get("html.evaluators.top", TOP_EVALUATORS, worst.size(), loop.byEvaluator.size())
        : texts.get("html.evaluators.all", worst.size(), loop.byEvaluator.size()));
  }

  private void heatMap(OuterLoop loop, Report report, Map<String, Object> model) {
    List<EvaluatorFigures> worst = loop.evaluatorsWorstFirst().stream().filter(e -> e.tally.total() > 0)
        .limit(TOP_EVALUATORS).collect(Collectors.toList());
    TreeSet<String> ids = new TreeSet<>(PROCESS_ORDER);
    worst.forEach(e -> ids.addAll(e.byCheckpoint.keySet()));
    List<String> columns = new ArrayList<>(ids);
    int max = worst.stream().flatMap(e -> e.byCheckpoint.values().stream()).mapToInt(Integer::intValue).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvaluatorFigures e : worst) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        String checkpoint = columns.get(i);
        int n = e.byCheckpoint.getOrDefault(checkpoint, 0);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("count", n == 0 ? "" : texts.number(n));
        cell.put("style", n == 0 ? "" : heat(n, max));
        cell.put("label", e.name + " · " + checkpoint + ": " + n);
        cell.put("cls", systemStart(columns, i) ? "sys" : "");
        cells.add(cell);
      }
      rows.add(Map.of("name", e.name, "id", e.id.value(), "cells", cells));
    }
    List<Map<String, Object>> headers = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String title = title(report, columns.get(i));
      headers.add(Map.of("id", columns.get(i), "title", title.isEmpty() ? columns.get(i) : columns.get(i) + " " + title,
          "cls", systemStart(columns, i) ? "rot sys" : "rot"));
    }
    model.put("heatColumns", headers);
    model.put("heatRows", rows);
    model.put("hasHeat", !rows.isEmpty());
    model.put("heatNote", texts.get("html.heat.more", rows.size()));
  }

  /** System prefixes ({@code COM}) in process order, unknown ones last and alphabetically. */
  private static final Comparator<String> SYSTEM_ORDER = Comparator.<String>comparingInt(system -> {
    int index = SYSTEMS.indexOf(system);
    return index < 0 ? SYSTEMS.size() : index;
  }).thenComparing(Comparator.naturalOrder());

  /** Checkpoint ids in process order: by system, then by id; so a column block is one management system. */
  private static final Comparator<String> PROCESS_ORDER = Comparator.comparing(OuterLoop::system, SYSTEM_ORDER)
      .thenComparing(Comparator.naturalOrder());

  private static boolean systemStart(List<String> columns, int i) {
    return i > 0 && !OuterLoop.system(columns.get(i)).equals(OuterLoop.system(columns.get(i - 1)));
  }

  /** A cell's colour: pale to deep red with the count, white text on the deep end. */
  private static String heat(int n, int max) {
    double share = Math.sqrt(n / (double) max);
    double alpha = 0.12 + 0.83 * share;
    return String.format(Locale.ROOT, "background-color:rgba(190,30,45,%.2f);color:%s", alpha, alpha > 0.55 ? "#fff" : "#222");
  }

  /** One row per evaluator whose certification is at risk, one cell per period, the latest finding's next step. */
  private void atRisk(OuterLoop loop, List<PeriodFigures> periods, Map<String, Object> model) {
    List<List<OuterLoop.AtRisk>> evaluators = new ArrayList<>(loop.atRiskByEvaluator().values());
    // The penalty (TRN-02) first, then the most periods at risk: the order in which HR must act.
    evaluators.sort(Comparator.<List<OuterLoop.AtRisk>, Boolean>comparing(r -> r.stream().noneMatch(HtmlReport::penalty))
        .thenComparing(Comparator.<List<OuterLoop.AtRisk>>comparingLong(HtmlReport::periodsAtRisk).reversed())
        .thenComparing(r -> r.get(0).evaluator()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<OuterLoop.AtRisk> risks : evaluators) {
      OuterLoop.AtRisk latest = risks.stream().max(Comparator.comparing((OuterLoop.AtRisk r) -> r.checked().cycle().period().start())
          .thenComparing(r -> penalty(r))).orElseThrow();
      List<Map<String, Object>> cells = new ArrayList<>();
      for (PeriodFigures period : periods) {
        List<Map<String, Object>> tags = new ArrayList<>();
        risks.stream().filter(r -> r.checked().cycle().period().id().value().equals(period.id))
            .sorted(Comparator.comparing(r -> r.finding().checkpoint()))
            .forEach(r -> tags.add(Map.of("text", status(r), "cls", penalty(r) ? "error" : r.finding().severity().name()
                .toLowerCase(Locale.ROOT), "title", r.finding().checkpoint() + ": " + r.checked().report().message(r.finding(), locale))));
        cells.add(Map.of("tags", tags, "empty", tags.isEmpty()));
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("evaluator", latest.evaluator());
      m.put("department", latest.department());
      m.put("cells", cells);
      m.put("advice", latest.checked().report().advice(latest.finding(), locale));
      rows.add(m);
    }
    model.put("atRisk", rows);
    model.put("hasAtRisk", !rows.isEmpty());
    model.put("riskPeriods", periods.stream().map(p -> p.id).collect(Collectors.toList()));
  }

  private static boolean penalty(OuterLoop.AtRisk risk) {
    return risk.finding().checkpoint().equals("TRN-02");
  }

  private static long periodsAtRisk(List<OuterLoop.AtRisk> risks) {
    return risks.stream().map(r -> r.checked().cycle().period().id()).distinct().count();
  }

  /** A period cell's short text: "Failed · 67.7", "Surveys 2/3", "Penalty −10". */
  private String status(OuterLoop.AtRisk risk) {
    Map<String, Object> args = risk.finding().arguments();
    if (penalty(risk)) {
      return texts.get("html.risk.penalty", args.getOrDefault("penaltyPoints", "?"));
    }
    if (args.containsKey("composite")) {
      return texts.get("html.risk.failed", decimal(args.get("composite")));
    }
    if (args.containsKey("required")) {
      return texts.get("html.risk.incomplete", args.getOrDefault("surveys", "?"), args.get("required"));
    }
    return risk.finding().checkpoint();
  }

  /** A composite to one decimal, rounded down: a failing 79.96 must not read as the pass mark's 80.0. */
  private String decimal(Object value) {
    if (!(value instanceof Number n)) {
      return String.valueOf(value);
    }
    return String.format(locale, "%.1f", BigDecimal.valueOf(n.doubleValue()).setScale(1, RoundingMode.FLOOR));
  }

  private void trend(List<PeriodFigures> periods, Map<String, Object> model) {
    model.put("hasTrend", periods.size() > 1);
    int max = periods.stream().mapToInt(p -> p.tally.total()).max().orElse(1);
    int slot = 90;
    int chartHeight = 180;
    int top = 20;
    List<Map<String, Object>> columns = new ArrayList<>();
    List<String> line = new ArrayList<>();
    double maxRate = periods.stream().mapToDouble(p -> rate(p)).max().orElse(1);
    for (int i = 0; i < periods.size(); i++) {
      PeriodFigures p = periods.get(i);
      int x = 50 + i * slot;
      double y = top + chartHeight;
      List<Map<String, Object>> segments = new ArrayList<>();
      for (Severity severity : Severity.values()) {
        double h = max == 0 ? 0 : chartHeight * p.tally.get(severity) / (double) max;
        y -= h;
        segments.add(Map.of("x", x, "y", fmt(y), "width", 40, "height", fmt(h),
            "cls", severity.name().toLowerCase(Locale.ROOT)));
      }
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("segments", segments);
      column.put("label", p.id);
      column.put("labelX", x + 20);
      column.put("totalY", fmt(y - 5));
      column.put("total", texts.number(p.tally.total()));
      column.put("rate", String.format(locale, "%.1f", rate(p)));
      column.put("employees", texts.number(p.employees));
      column.put("errors", texts.number(p.tally.get(Severity.ERROR)));
      column.put("warnings", texts.number(p.tally.get(Severity.WARNING)));
      column.put("infos", texts.number(p.tally.get(Severity.INFO)));
      columns.add(column);
      double rateY = top + chartHeight - (maxRate == 0 ? 0 : chartHeight * rate(p) / maxRate);
      line.add(fmt(x + 20) + "," + fmt(rateY));
    }
    model.put("trendColumns", columns);
    model.put("trendLine", String.join(" ", line));
    model.put("trendWidth", 60 + periods.size() * slot);
    model.put("trendHeight", top + chartHeight + 30);
    model.put("trendAxisY", top + chartHeight);
    model.put("trendLabelY", top + chartHeight + 18);
    // Findings per management system and period.
    TreeSet<String> systems = new TreeSet<>(SYSTEM_ORDER);
    periods.forEach(p -> systems.addAll(p.bySystem.keySet()));
    List<Map<String, Object>> systemRows = new ArrayList<>();
    for (String system : systems) {
      List<String> counts = periods.stream().map(p -> texts.number(p.bySystem.getOrDefault(system, 0)))
          .collect(Collectors.toList());
      systemRows.add(Map.of("system", system, "name", texts.get("html.system." + system), "counts", counts));
    }
    model.put("trendPeriods", periods.stream().map(p -> p.id).collect(Collectors.toList()));
    model.put("trendSystems", systemRows);
  }

  /** Small multiples: one chart of findings per period for each checkpoint, the most findings first. */
  private void checkpointTrend(OuterLoop loop, List<PeriodFigures> periods, Report report, Map<String, Object> model) {
    List<String> labels = periods.stream().map(p -> p.id).collect(Collectors.toList());
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Map.Entry<String, Tally> row : loop.checkpointsMostFirst()) {
      String id = row.getKey();
      List<Double> values = periods.stream().map(p -> (double) p.byCheckpoint.getOrDefault(id, 0)).collect(Collectors.toList());
      List<String> shown = values.stream().map(v -> texts.number(v.longValue())).collect(Collectors.toList());
      double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      String title = title(report, id);
      Map<String, Object> card = new LinkedHashMap<>();
      card.put("id", id);
      card.put("title", title);
      card.put("chart", MiniBars.chart(id + (title.isEmpty() ? "" : " " + title), labels, values, shown, max));
      card.put("change", change(values, labels, v -> texts.number(Math.round(v))));
      cards.add(card);
    }
    model.put("checkpointTrend", cards);
  }

  /** Small multiples: ERROR findings per 100 employees for each department and period, on one scale. */
  private void departmentTrend(OuterLoop loop, List<PeriodFigures> periods, Map<String, Object> model) {
    List<String> labels = periods.stream().map(p -> p.id).collect(Collectors.toList());
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (OuterLoop.DepartmentFigures d : loop.byDepartment.values()) {
      if (d.employeesByPeriod.isEmpty()) {
        continue; // a department that only findings name (no employee in any file) has no rate
      }
      rates.put(d.name, periods.stream().map(p -> {
        int employees = d.employeesByPeriod.getOrDefault(p.id, 0);
        return employees == 0 ? 0.0 : 100.0 * d.errorsByPeriod.getOrDefault(p.id, 0) / employees;
      }).collect(Collectors.toList()));
    }
    double max = rates.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(0);
    List<Map<String, Object>> cards = new ArrayList<>();
    rates.forEach((name, values) -> {
      List<String> shown = values.stream().map(v -> String.format(locale, "%.0f", v)).collect(Collectors.toList());
      Map<String, Object> card = new LinkedHashMap<>();
      card.put("id", name);
      card.put("title", "");
      card.put("chart", MiniBars.chart(name + " · " + texts.get("html.col.rate"), labels, values, shown, max));
      card.put("change", change(values, labels, v -> String.format(locale, "%.0f", v)));
      cards.add(card);
    });
    model.put("departmentTrend", cards);
  }

  /** "▲ 3 since 2026-01": the last period against the first, with the class that colours it. */
  private Map<String, Object> change(List<Double> values, List<String> labels, java.util.function.DoubleFunction<String> shown) {
    double delta = values.get(values.size() - 1) - values.get(0);
    String first = labels.get(0);
    if (Math.abs(delta) < 0.5) {
      return Map.of("text", texts.get("html.change.same", "", first), "cls", "same");
    }
    return delta > 0
        ? Map.of("text", texts.get("html.change.up", shown.apply(delta), first), "cls", "up")
        : Map.of("text", texts.get("html.change.down", shown.apply(-delta), first), "cls", "down");
  }

  /** Appeal outcomes by department, most appeals first, with a total row. */
  private void appeals(OuterLoop loop, Map<String, Object> model) {
    List<OuterLoop.DepartmentFigures> departments = loop.byDepartment.values().stream()
        .filter(d -> d.appeals.total() > 0)
        .sorted(Comparator.<OuterLoop.DepartmentFigures>comparingInt(d -> d.appeals.total()).reversed()
            .thenComparing(d -> d.name))
        .collect(Collectors.toList());
    OuterLoop.AppealTally all = new OuterLoop.AppealTally();
    departments.forEach(d -> {
      d.appeals.decided.forEach((outcome, n) -> all.decided.merge(outcome, n, Integer::sum));
      all.pending += d.appeals.pending;
      all.withdrawn += d.appeals.withdrawn;
    });
    int max = departments.stream().mapToInt(d -> d.appeals.total()).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    departments.forEach(d -> rows.add(appealRow(d.name, d.appeals, max)));
    model.put("appeals", rows);
    model.put("appealsTotal", appealRow("", all, max));
    model.put("hasAppeals", !rows.isEmpty());
  }

  private Map<String, Object> appealRow(String name, OuterLoop.AppealTally tally, int max) {
    int decided = tally.get(DecisionOutcome.UPHELD) + tally.get(DecisionOutcome.AMENDED) + tally.get(DecisionOutcome.REJECTED);
    List<Map<String, Object>> bar = new ArrayList<>();
    double x = 0;
    int[] counts = {tally.get(DecisionOutcome.AMENDED), tally.get(DecisionOutcome.UPHELD), tally.get(DecisionOutcome.REJECTED),
        tally.pending, tally.withdrawn};
    String[] classes = {"amended", "upheld", "rejected", "pending", "withdrawn"};
    for (int i = 0; i < counts.length; i++) {
      double width = BAR * counts[i] / (double) max;
      if (width > 0) {
        bar.add(Map.of("x", fmt(x), "width", fmt(width), "cls", classes[i]));
      }
      x += width;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("total", texts.number(tally.total()));
    m.put("upheld", texts.number(tally.get(DecisionOutcome.UPHELD)));
    m.put("amended", texts.number(tally.get(DecisionOutcome.AMENDED)));
    m.put("rejected", texts.number(tally.get(DecisionOutcome.REJECTED)));
    m.put("pending", texts.number(tally.pending));
    m.put("withdrawn", texts.number(tally.withdrawn));
    m.put("amendedShare", percent(tally.get(DecisionOutcome.AMENDED), decided));
    m.put("bar", bar);
    return m;
  }

  /** ERROR findings per 100 employees in a period. */
  private static double rate(PeriodFigures p) {
    return p.employees == 0 ? 0 : 100.0 * p.tally.get(Severity.ERROR) / p.employees;
  }

  private List<Map<String, Object>> findingGroups(Cycle cycle, Report report) {
    Directory directory = new Directory(cycle, texts);
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, String> headings = new LinkedHashMap<>();
    for (Person employee : cycle.employees()) {
      List<Finding> about = report.about(employee.id());
      if (!about.isEmpty()) {
        String key = "e:" + employee.id().value();
        groups.put(key, about);
        StringBuilder heading = new StringBuilder(directory.label(employee.id()));
        directory.position(employee.id()).ifPresent(p -> heading.append(" · ").append(p));
        directory.department(employee.id()).ifPresent(d -> heading.append(" · ").append(d));
        directory.evaluatorOf(employee.id()).ifPresent(e -> heading.append(" · ")
            .append(texts.get("label.evaluator", directory.label(e))));
        headings.put(key, heading.toString());
      }
    }
    for (Finding finding : report.findings()) {
      boolean placed = finding.employee().isPresent() && groups.containsKey("e:" + finding.employee().get().value());
      if (!placed) {
        String key = finding.employee().map(e -> "e:" + e.value())
            .or(() -> finding.evaluator().map(e -> "v:" + e.value())).orElse("other");
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        headings.computeIfAbsent(key, k -> k.equals("other") ? texts.get("label.other")
            : directory.label(PersonId.of(k.substring(2))) + (k.startsWith("v:") ? " · " + texts.get("label.evaluatorRole") : ""));
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    groups.forEach((key, findings) -> {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Finding f : findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkpoint", f.checkpoint());
        m.put("title", title(report, f.checkpoint()));
        m.put("severity", texts.get("severity." + f.severity()));
        m.put("severityClass", f.severity().name().toLowerCase(Locale.ROOT));
        m.put("message", report.message(f, locale));
        m.put("advice", report.advice(f, locale));
        m.put("records", String.join(", ", f.records()));
        m.put("hasRecords", !f.records().isEmpty());
        items.add(m);
      }
      Tally tally = new Tally();
      findings.forEach(f -> tally.add(f.severity()));
      out.add(Map.of("heading", headings.get(key), "severities", severities(tally), "items", items));
    });
    return out;
  }

  private String title(Report report, String checkpoint) {
    String title = report.title(checkpoint, locale);
    return title.startsWith("[") ? "" : title;
  }

  private Map<String, Object> kpi(String label, String value, String note) {
    return Map.of("label", label, "value", value, "note", note);
  }

  /** "3 errors, 1 warning". */
  private String severities(Tally tally) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int n = tally.get(severity);
      if (n > 0) {
        parts.add(texts.get("count." + severity + (n == 1 ? ".one" : ""), n));
      }
    }
    return parts.isEmpty() ? "—" : String.join(texts.get("list.separator"), parts);
  }

  /** The segments of a stacked bar (errors, warnings, info) scaled to the largest total. */
  private static List<Map<String, Object>> stackedBar(Tally tally, int max) {
    List<Map<String, Object>> segments = new ArrayList<>();
    double x = 0;
    for (Severity severity : Severity.values()) {
      double width = max == 0 ? 0 : BAR * tally.get(severity) / (double) max;
      if (width > 0) {
        segments.add(Map.of("x", fmt(x), "width", fmt(width), "cls", severity.name().toLowerCase(Locale.ROOT)));
      }
      x += width;
    }
    return segments;
  }

  private String percent(int part, int whole) {
    return whole == 0 ? "—" : String.format(locale, "%.0f%%", 100.0 * part / whole);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
