package io.perfcomm.examples.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.RatingScale;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import io.perfcomm.rules.outer.AppealTally;
import io.perfcomm.rules.outer.Calibration;
import io.perfcomm.rules.outer.CalibrationFigures;
import io.perfcomm.rules.outer.CalibrationThresholds;
import io.perfcomm.rules.outer.CertificationRisk;
import io.perfcomm.rules.outer.CertificationStatus;
import io.perfcomm.rules.outer.CheckedCycle;
import io.perfcomm.rules.outer.CheckpointFigures;
import io.perfcomm.rules.outer.DepartmentFigures;
import io.perfcomm.rules.outer.Distribution;
import io.perfcomm.rules.outer.EvaluatorFigures;
import io.perfcomm.rules.outer.OuterLoop;
import io.perfcomm.rules.outer.PeriodFigures;
import io.perfcomm.rules.outer.Tally;
import io.perfcomm.rules.outer.Tendency;
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
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the HTML pages: the outer-loop report of {@code report} and the findings page of {@code
 * check --format html}. One self-contained XHTML-compatible page each (inline CSS and SVG, no
 * network, printable), rendered by mustache.java from the templates under {@code
 * io/perfcomm/examples/report/}. The figures are the library's ({@link OuterLoop}); this class only
 * words them and computes the chart geometry.
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
  String report(List<CheckedCycle> checked) {
    Map<String, Object> model = base(OuterLoop.of(checked), checked);
    model.put("pageTitle", texts.get("html.report.title"));
    model.put("outerLoop", true);
    return render(model);
  }

  /** The findings page of one checked cycle: the outer-loop figures plus every finding by employee. */
  String check(Cycle cycle, Report report, String source) {
    List<CheckedCycle> checked = List.of(new CheckedCycle(source, cycle, report));
    Map<String, Object> model = base(OuterLoop.of(checked), checked);
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

  private Map<String, Object> base(OuterLoop loop, List<CheckedCycle> checked) {
    Report anyReport = checked.get(0).report();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", locale.getLanguage().equals("zh") ? "zh-CN" : "en");
    model.put("t", labels());
    List<PeriodFigures> periods = loop.periods();
    model.put("periods", periods.stream().map(p -> p.id().value()).collect(Collectors.joining(texts.get("list.separator"))));
    model.put("sources", loop.checked().stream().map(CheckedCycle::source).collect(Collectors.joining(texts.get("list.separator"))));
    DateTimeFormatter moment = dateTime();
    model.put("generatedAt", moment.format(LocalDateTime.now().withNano(0)));
    model.put("asOf", loop.checked().stream().map(c -> moment.format(c.report().asOf())).distinct()
        .collect(Collectors.joining(texts.get("list.separator"))));
    // Events dated after asOf were not seen: the page says how many, beside the moment of the check.
    int leftOut = loop.checked().stream().mapToInt(c -> c.report().leftOut()).sum();
    if (leftOut > 0) {
      model.put("leftOut", texts.get("check.leftOut", leftOut));
    }

    // Which checkpoints were off, per file, with who switched them off: shown in the page header.
    model.put("disabled", loop.checked().stream().filter(c -> !c.report().disabled().isEmpty())
        .map(c -> (checked.size() > 1 ? c.source() + ": " : "") + texts.disabled(c.report()))
        .collect(Collectors.toList()));

    // Which checkpoints carry the company's severity rather than perf's, per file.
    model.put("severities", checked.stream()
        .filter(c -> !c.report().severities().isEmpty() || !c.report().departmentSeverities().isEmpty())
        .map(c -> (checked.size() > 1 ? c.source() + ": " : "") + texts.severities(c.report()))
        .collect(Collectors.toList()));

    Tally total = loop.total();
    List<Map<String, Object>> kpis = new ArrayList<>();
    kpis.add(kpi(texts.get("html.kpi.employeeMonths"), texts.number(loop.employeeMonths()),
        texts.get("html.kpi.employeeMonthsNote", loop.people(), periods.size())));
    kpis.add(kpi(texts.get("html.kpi.evaluators"), texts.number(loop.evaluators().size()), ""));
    kpis.add(kpi(texts.get("html.kpi.breaches"), texts.number(total.breaches()),
        texts.get("html.kpi.breachesNote", total.errors(), total.warnings(), total.notes())));
    kpis.add(kpi(texts.get("html.kpi.withErrors"), percent(loop.employeeMonthsWithError(), loop.employeeMonths()),
        texts.get("html.kpi.withErrorsNote", loop.employeeMonthsWithError(), loop.employeeMonths(), loop.peopleWithError(),
            loop.people())));
    kpis.add(kpi(texts.get("html.kpi.calibration"), texts.number(loop.calibration().standingOut().size()),
        texts.get("html.kpi.calibrationNote", loop.calibration().evaluators().stream().filter(CalibrationFigures::judged).count())));
    model.put("kpis", kpis);

    checkpoints(loop, anyReport, model);
    model.put("departments", departmentRows(loop));
    evaluators(loop, model);
    heatMap(loop, anyReport, model);
    atRisk(loop, periods, model);
    trend(periods, model);
    checkpointTrend(loop, periods, anyReport, model);
    departmentTrend(loop, periods, model);
    appeals(loop, model);
    calibration(loop.calibration(), anyReport, model);
    return model;
  }

  /** A moment as the reader's language writes it: Chinese on the 24-hour clock (2026年4月20日 18:00, never 下午6:00). */
  private DateTimeFormatter dateTime() {
    return locale.getLanguage().equals("zh") ? DateTimeFormatter.ofPattern("y年M月d日 HH:mm", locale)
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
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

  /** Breaches by checkpoint; the checkpoints with INFO notes only in a list of their own. */
  private void checkpoints(OuterLoop loop, Report report, Map<String, Object> model) {
    List<CheckpointFigures> all = loop.checkpoints();
    int max = all.stream().mapToInt(c -> c.tally().breaches()).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> notes = new ArrayList<>();
    for (CheckpointFigures row : all) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", row.checkpoint());
      m.put("title", title(report, row.checkpoint()));
      m.put("total", texts.number(row.tally().breaches()));
      m.put("notes", row.tally().notes() == 0 ? "" : texts.number(row.tally().notes()));
      m.put("severities", severities(row.tally()));
      m.put("bar", stackedBar(row.tally(), max));
      (row.notesOnly() ? notes : rows).add(m);
    }
    model.put("checkpoints", rows);
    model.put("hasFindings", !rows.isEmpty());
    model.put("noteCheckpoints", notes);
    model.put("hasNoteCheckpoints", !notes.isEmpty());
  }

  private List<Map<String, Object>> departmentRows(OuterLoop loop) {
    List<DepartmentFigures> departments = loop.departments();
    int max = departments.stream().mapToInt(d -> d.tally().breaches()).max().orElse(1);
    return departments.stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", d.name());
      m.put("people", texts.number(d.people()));
      m.put("employeeMonths", texts.number(d.employeeMonths()));
      m.put("total", texts.number(d.tally().breaches()));
      m.put("notes", texts.number(d.tally().notes()));
      m.put("severities", severities(d.tally()));
      m.put("withErrors", percent(d.employeeMonthsWithError(), d.employeeMonths()));
      m.put("withErrorsNote", texts.get("html.col.withErrorsNote", d.employeeMonthsWithError(), d.employeeMonths(),
          d.peopleWithError(), d.people()));
      m.put("bar", stackedBar(d.tally(), max));
      return m;
    }).collect(Collectors.toList());
  }

  private void evaluators(OuterLoop loop, Map<String, Object> model) {
    List<EvaluatorFigures> worst = loop.evaluators().stream().filter(e -> e.tally().breaches() > 0).collect(Collectors.toList());
    int max = worst.stream().mapToInt(e -> e.tally().breaches()).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvaluatorFigures e : worst.subList(0, Math.min(TOP_EVALUATORS, worst.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name());
      m.put("id", e.id().value());
      m.put("department", e.department());
      m.put("people", texts.number(e.employees().size()));
      m.put("employeeMonths", texts.number(e.employeeMonths()));
      m.put("total", texts.number(e.tally().breaches()));
      m.put("errors", texts.number(e.tally().errors()));
      m.put("notes", texts.number(e.tally().notes()));
      m.put("perEmployee", e.employeeMonths() == 0 ? "—"
          : String.format(locale, "%.1f", e.tally().errors() / (double) e.employeeMonths()));
      m.put("bar", stackedBar(e.tally(), max));
      rows.add(m);
    }
    model.put("evaluators", rows);
    model.put("hasEvaluators", !rows.isEmpty());
    model.put("evaluatorsNote", worst.size() > TOP_EVALUATORS
        ? texts.get("html.evaluators.top", TOP_EVALUATORS, worst.size(), loop.evaluators().size())
        : texts.get("html.evaluators.all", worst.size(), loop.evaluators().size()));
  }

  /** Breaches of the evaluators with the most ERROR findings, by checkpoint: INFO notes are no cell's count. */
  private void heatMap(OuterLoop loop, Report report, Map<String, Object> model) {
    List<EvaluatorFigures> worst = loop.evaluators().stream().filter(e -> e.tally().breaches() > 0)
        .limit(TOP_EVALUATORS).collect(Collectors.toList());
    TreeSet<String> ids = new TreeSet<>(PROCESS_ORDER);
    worst.forEach(e -> ids.addAll(e.breachesByCheckpoint().keySet()));
    List<String> columns = new ArrayList<>(ids);
    int max = worst.stream().flatMap(e -> e.breachesByCheckpoint().values().stream()).mapToInt(Integer::intValue).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvaluatorFigures e : worst) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        String checkpoint = columns.get(i);
        int n = e.breachesByCheckpoint().getOrDefault(checkpoint, 0);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("count", n == 0 ? "" : texts.number(n));
        cell.put("style", n == 0 ? "" : heat(n, max));
        cell.put("label", e.name() + " · " + checkpoint + ": " + n);
        cell.put("cls", systemStart(columns, i) ? "sys" : "");
        cells.add(cell);
      }
      rows.add(Map.of("name", e.name(), "id", e.id().value(), "cells", cells));
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
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CertificationRisk risk : loop.certificationRisks()) {
      CertificationRisk.Entry latest = risk.latest();
      List<Map<String, Object>> cells = new ArrayList<>();
      for (PeriodFigures period : periods) {
        List<Map<String, Object>> tags = new ArrayList<>();
        risk.in(period.id()).forEach(e -> tags.add(Map.of("text", status(e.status()),
            "cls", e.penalty() ? "error" : e.finding().severity().name().toLowerCase(Locale.ROOT),
            "title", e.finding().checkpoint() + ": " + e.checked().report().message(e.finding(), locale))));
        cells.add(Map.of("tags", tags, "empty", tags.isEmpty()));
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("evaluator", label(risk.name(), risk.evaluator().value()));
      m.put("department", risk.department());
      m.put("cells", cells);
      m.put("advice", latest.checked().report().advice(latest.finding(), locale));
      rows.add(m);
    }
    model.put("atRisk", rows);
    model.put("hasAtRisk", !rows.isEmpty());
    model.put("riskPeriods", periods.stream().map(p -> p.id().value()).collect(Collectors.toList()));
  }

  /** {@code 王芳 (E-04)}, or {@code 王芳（E-04）} in Chinese; the id alone when it is the name. */
  private String label(String name, String id) {
    return name.equals(id) ? id : texts.get("person.named", name, id);
  }

  /** A period cell's short text: "Failed · 67.7", "Surveys 2/3", "Penalty −10". */
  private String status(CertificationStatus status) {
    if (status instanceof CertificationStatus.Penalty penalty) {
      return penalty.pointsInForce() ? texts.get("html.risk.penalty", penalty.points()) : texts.get("html.risk.forfeited");
    }
    if (status instanceof CertificationStatus.Failed failed) {
      return texts.get("html.risk.failed", decimal(failed.composite()));
    }
    CertificationStatus.Incomplete incomplete = (CertificationStatus.Incomplete) status;
    return texts.get("html.risk.incomplete", incomplete.surveys(), incomplete.required());
  }

  /** A composite to one decimal, rounded down: a failing 79.96 must not read as the pass mark's 80.0. */
  private String decimal(double value) {
    if (!Double.isFinite(value)) {
      return "?";
    }
    return String.format(locale, "%.1f", BigDecimal.valueOf(value).setScale(1, RoundingMode.FLOOR));
  }

  private void trend(List<PeriodFigures> periods, Map<String, Object> model) {
    model.put("hasTrend", periods.size() > 1);
    int max = periods.stream().mapToInt(p -> p.tally().breaches()).max().orElse(1);
    int slot = 90;
    int chartHeight = 180;
    int top = 20;
    List<Map<String, Object>> columns = new ArrayList<>();
    List<String> line = new ArrayList<>();
    double maxRate = periods.stream().mapToDouble(PeriodFigures::errorsPer100Employees).max().orElse(1);
    for (int i = 0; i < periods.size(); i++) {
      PeriodFigures p = periods.get(i);
      int x = 50 + i * slot;
      double y = top + chartHeight;
      List<Map<String, Object>> segments = new ArrayList<>();
      for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
        double h = max == 0 ? 0 : chartHeight * p.tally().get(severity) / (double) max;
        y -= h;
        segments.add(Map.of("x", x, "y", fmt(y), "width", 40, "height", fmt(h),
            "cls", severity.name().toLowerCase(Locale.ROOT)));
      }
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("segments", segments);
      column.put("label", p.id().value());
      column.put("labelX", x + 20);
      column.put("totalY", fmt(y - 5));
      column.put("total", texts.number(p.tally().breaches()));
      column.put("rate", String.format(locale, "%.1f", p.errorsPer100Employees()));
      column.put("employees", texts.number(p.employees()));
      column.put("errors", texts.number(p.tally().errors()));
      column.put("warnings", texts.number(p.tally().warnings()));
      column.put("infos", texts.number(p.tally().notes()));
      columns.add(column);
      double rateY = top + chartHeight - (maxRate == 0 ? 0 : chartHeight * p.errorsPer100Employees() / maxRate);
      line.add(fmt(x + 20) + "," + fmt(rateY));
    }
    model.put("trendColumns", columns);
    model.put("trendLine", String.join(" ", line));
    model.put("trendWidth", 60 + periods.size() * slot);
    model.put("trendHeight", top + chartHeight + 30);
    model.put("trendAxisY", top + chartHeight);
    model.put("trendLabelY", top + chartHeight + 18);
    // Breaches per management system and period; a system with INFO notes only has no row.
    TreeSet<String> systems = new TreeSet<>(SYSTEM_ORDER);
    periods.forEach(p -> p.systems().stream().filter(s -> p.system(s).breaches() > 0).forEach(systems::add));
    List<Map<String, Object>> systemRows = new ArrayList<>();
    for (String system : systems) {
      List<String> counts = periods.stream().map(p -> texts.number(p.system(system).breaches())).collect(Collectors.toList());
      systemRows.add(Map.of("system", system, "name", texts.get("html.system." + system), "counts", counts));
    }
    model.put("trendPeriods", periods.stream().map(p -> p.id().value()).collect(Collectors.toList()));
    model.put("trendSystems", systemRows);
  }

  /** Small multiples: one chart of breaches per period for each checkpoint with any, the most first. */
  private void checkpointTrend(OuterLoop loop, List<PeriodFigures> periods, Report report, Map<String, Object> model) {
    List<String> labels = periods.stream().map(p -> p.id().value()).collect(Collectors.toList());
    List<Map<String, Object>> cards = new ArrayList<>();
    for (CheckpointFigures row : loop.checkpoints()) {
      if (row.tally().breaches() == 0) {
        continue;
      }
      String id = row.checkpoint();
      List<Double> values = periods.stream().map(p -> (double) p.checkpoint(id).breaches()).collect(Collectors.toList());
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
    List<String> labels = periods.stream().map(p -> p.id().value()).collect(Collectors.toList());
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    loop.departments().stream().filter(DepartmentFigures::hasEmployees).sorted(Comparator.comparing(DepartmentFigures::name))
        .forEach(d -> rates.put(d.name(), periods.stream().map(p -> {
          double rate = d.errorsPer100Employees(p.id());
          return Double.isNaN(rate) ? 0.0 : rate;
        }).collect(Collectors.toList())));
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
    List<DepartmentFigures> departments = loop.departments().stream()
        .filter(d -> d.appeals().total() > 0)
        .sorted(Comparator.<DepartmentFigures>comparingInt(d -> d.appeals().total()).reversed()
            .thenComparing(DepartmentFigures::name))
        .collect(Collectors.toList());
    int max = departments.stream().mapToInt(d -> d.appeals().total()).max().orElse(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    departments.forEach(d -> rows.add(appealRow(d.name(), d.appeals(), max)));
    model.put("appeals", rows);
    model.put("appealsTotal", appealRow("", loop.appeals(), max));
    model.put("hasAppeals", !rows.isEmpty());
  }

  private Map<String, Object> appealRow(String name, AppealTally tally, int max) {
    int decided = tally.decided();
    List<Map<String, Object>> bar = new ArrayList<>();
    double x = 0;
    int[] counts = {tally.get(DecisionOutcome.AMENDED), tally.get(DecisionOutcome.UPHELD), tally.get(DecisionOutcome.REJECTED),
        tally.pending(), tally.withdrawn()};
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
    m.put("pending", texts.number(tally.pending()));
    m.put("withdrawn", texts.number(tally.withdrawn()));
    m.put("amendedShare", percent(tally.get(DecisionOutcome.AMENDED), decided));
    m.put("bar", bar);
    return m;
  }

  /**
   * Calibration (校准): the thresholds in force (the company's, and each department's own where they
   * differ), the evaluators who stand out, then every department's distribution of results.
   */
  private void calibration(Calibration calibration, Report report, Map<String, Object> model) {
    List<String> periods = calibration.periods().stream().map(p -> p.value()).collect(Collectors.toList());
    RatingScale axis = axis(calibration);
    CalibrationThresholds company = calibration.thresholds();
    List<Map<String, Object>> standing = new ArrayList<>();
    for (CalibrationFigures e : calibration.standingOut()) {
      Map<String, Object> m = calibrationRow(calibration, e, periods);
      m.put("name", e.name());
      m.put("id", e.evaluator().orElseThrow().value());
      m.put("department", e.department());
      Distribution rest = e.comparedWith().orElseThrow();
      m.put("tags", e.tendencies().stream().map(t -> Map.of("text", tendency(e, rest, t),
          "cls", t.name().toLowerCase(Locale.ROOT))).collect(Collectors.toList()));
      ownThresholdsUsed(e, company).ifPresent(note -> m.put("threshold", note));
      m.put("restMean", number1(rest.mean()));
      m.put("restIsCompany", e.comparedWithCompany());
      m.put("restNote", texts.get(e.comparedWithCompany() ? "html.cal.restCompany" : "html.cal.restDepartment", rest.count()));
      m.put("range", RangeStrip.chart(texts.get("html.cal.chartEvaluator", e.name(), number1(e.results().mean()),
          number1(rest.mean())), axis, e.results(), rest, texts, locale));
      standing.add(m);
    }
    List<Map<String, Object>> departments = new ArrayList<>();
    for (CalibrationFigures d : calibration.departments()) {
      Map<String, Object> m = calibrationRow(calibration, d, periods);
      m.put("name", d.name());
      m.put("scores", texts.get("html.cal.scoresCell", number1(d.scores().mean()), number1(d.scores().spread()), d.scores().count()));
      m.put("range", RangeStrip.chart(texts.get("html.cal.chartDepartment", d.name(), number1(d.results().mean())),
          axis, d.results(), null, texts, locale));
      departments.add(m);
    }
    List<String> own = calibration.ownThresholds().stream().map(d -> texts.get("html.cal.ownLine", d.name(),
        report.format(d.thresholds().period(), locale), number1(d.thresholds().meanGap()),
        number1(d.thresholds().minSpread()), d.thresholds().minResults())).collect(Collectors.toList());
    long judged = calibration.evaluators().stream().filter(CalibrationFigures::judged).count();
    model.put("hasCalibration", !departments.isEmpty());
    model.put("calStanding", standing);
    model.put("hasCalStanding", !standing.isEmpty());
    model.put("calDepartments", departments);
    model.put("calIntro", texts.get("html.cal.intro", number1(company.meanGap()), number1(company.minSpread()),
        company.minResults(), bandLabel(calibration, Distribution.TOP_FROM), bandLabel(calibration, Distribution.BOTTOM_BELOW),
        report.format(company.period(), locale)));
    model.put("calOwn", own);
    model.put("hasCalOwn", !own.isEmpty());
    model.put("calStandingNote", standing.isEmpty()
        ? texts.get("html.cal.noneStandOut", judged, calibration.evaluators().size())
        : texts.get("html.cal.standOut", standing.size(), judged, calibration.evaluators().size()));
    model.put("calPeriods", periods);
  }

  /**
   * The thresholds of an evaluator's department's own that listed them, where they differ from the
   * company's: the gap for a lenient or strict one, the spread for one who puts everyone in the middle,
   * the results needed for any; empty when the company's listed them.
   */
  private Optional<String> ownThresholdsUsed(CalibrationFigures e, CalibrationThresholds company) {
    CalibrationThresholds own = e.thresholds();
    List<String> used = new ArrayList<>();
    boolean byGap = e.tendencies().contains(Tendency.LENIENT) || e.tendencies().contains(Tendency.STRICT);
    if (byGap && Double.compare(own.meanGap(), company.meanGap()) != 0) {
      used.add(texts.get("html.cal.ownGap", number1(own.meanGap())));
    }
    if (e.tendencies().contains(Tendency.MIDDLE) && Double.compare(own.minSpread(), company.minSpread()) != 0) {
      used.add(texts.get("html.cal.ownSpread", number1(own.minSpread())));
    }
    if (own.minResults() != company.minResults()) {
      used.add(texts.get("html.cal.ownResults", own.minResults()));
    }
    return used.isEmpty() ? Optional.empty()
        : Optional.of(texts.get("html.cal.ownThreshold", String.join(texts.get("list.separator"), used), used.size()));
  }

  /**
   * The axis of every calibration strip: from the lowest result shown, down to a multiple of ten, to
   * the top of the scale. Results crowd the upper part of a 0–100 scale; one axis for all strips keeps
   * them comparable, and its ends are written on each strip.
   */
  private static RatingScale axis(Calibration calibration) {
    double lowest = java.util.stream.Stream.concat(calibration.departments().stream(), calibration.standingOut().stream())
        .flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.results()), f.comparedWith().stream()))
        .filter(d -> !d.isEmpty()).mapToDouble(Distribution::lowest).min().orElse(calibration.scale().min());
    double range = calibration.scale().max() - calibration.scale().min();
    double step = range / 10;
    double from = calibration.scale().min() + Math.floor((lowest - calibration.scale().min()) / step) * step;
    from = Math.max(calibration.scale().min(), Math.min(from, calibration.scale().max() - step));
    return RatingScale.of(from, calibration.scale().max());
  }

  /** The figures every calibration row shows: results, mean, spread, top and bottom shares, the mean of each period. */
  private Map<String, Object> calibrationRow(Calibration calibration, CalibrationFigures f, List<String> periods) {
    Map<String, Object> m = new LinkedHashMap<>();
    Distribution results = f.results();
    m.put("count", texts.number(results.count()));
    m.put("mean", number1(results.mean()));
    m.put("spread", number1(results.spread()));
    m.put("top", percent(results.topShare()));
    m.put("bottom", percent(results.bottomShare()));
    List<Double> means = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    f.resultsByPeriod().values().forEach(d -> {
      means.add(d.isEmpty() ? 0.0 : d.mean() - calibration.scale().min());
      shown.add(d.isEmpty() ? "—" : String.format(locale, "%.0f", d.mean()));
    });
    m.put("byPeriod", MiniBars.chart(texts.get("html.cal.byPeriod", f.name()), periods, means, shown,
        calibration.scale().max() - calibration.scale().min()));
    m.put("hasByPeriod", periods.size() > 1);
    return m;
  }

  /**
   * "Lenient +12.3", "Strict −10.5", "In the middle": the difference in points of the scale, the mean less
   * the mean of the results compared with, as the row's columns show them (on 0–100 the same number as
   * the gap in percent of the scale that listed them).
   */
  private String tendency(CalibrationFigures e, Distribution rest, Tendency tendency) {
    double difference = e.results().mean() - rest.mean();
    switch (tendency) {
      case LENIENT:
        return texts.get("html.cal.lenient", String.format(locale, "%+.1f", difference));
      case STRICT:
        return texts.get("html.cal.strict", String.format(locale, "%.1f", difference).replace('-', '−'));
      default:
        return texts.get("html.cal.middle"); // the spread that shows it is in its own column
    }
  }

  /** The score where a band of the scale starts: 90 for the top tenth of 0–100. */
  private String bandLabel(Calibration calibration, double share) {
    double value = calibration.scale().min() + share * (calibration.scale().max() - calibration.scale().min());
    return value == Math.rint(value) ? texts.number((long) value) : number1(value);
  }

  private String number1(double value) {
    return Double.isFinite(value) ? String.format(locale, "%.1f", value) : "—";
  }

  private String percent(double share) {
    return String.format(locale, "%.0f%%", 100 * share);
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
      Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
      findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
      out.add(Map.of("heading", headings.get(key), "severities", severities(counts), "items", items));
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
    Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, tally.get(severity));
    }
    return severities(counts);
  }

  private String severities(Map<Severity, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int n = counts.getOrDefault(severity, 0);
      if (n > 0) {
        parts.add(texts.get("count." + severity + (n == 1 ? ".one" : ""), n));
      }
    }
    return parts.isEmpty() ? "—" : String.join(texts.get("list.separator"), parts);
  }

  /** The segments of a stacked bar of breaches (errors, then warnings) scaled to the largest; INFO notes are no part of it. */
  private static List<Map<String, Object>> stackedBar(Tally tally, int max) {
    List<Map<String, Object>> segments = new ArrayList<>();
    double x = 0;
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
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
