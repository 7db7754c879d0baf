package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfcomm.core.Cycle;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.outer.CheckedCycle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report and the findings page as a reader sees them, in headless Chromium: they load without an
 * error, fit a 1366 px screen, label every chart, and print on A4 landscape without anything wider
 * than the page. Skipped when Chromium is not installed ({@code .ci/run} installs it).
 */
class PagesInABrowserTest {

  /** A common laptop screen, the narrowest the report is read on. */
  private static final int SCREEN = 1366;

  /** A4 landscape (297 mm) less the 12 mm margins of {@code @page}, in CSS px (96 per inch). */
  private static final int PRINTED = (int) Math.floor((297 - 2 * 12) / 25.4 * 96);

  /**
   * Everything on the page wider than the viewport, as "tag#id.class right-edge": the document itself
   * (a sideways scroll) and any element whose box ends right of it. Overflow a parent clips on purpose
   * (a clamped caption) is not something a reader misses, so clipped descendants are not counted.
   */
  private static final String OVERFLOW = """
      (() => {
        const width = document.documentElement.clientWidth;
        const wide = [];
        if (document.documentElement.scrollWidth > width) wide.push('document ' + document.documentElement.scrollWidth);
        const clipped = el => { for (let p = el.parentElement; p; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
        for (const el of document.body.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 0.5 && !clipped(el)) {
            wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '')
                + ' ' + Math.round(box.right));
          }
        }
        return wide.slice(0, 10);
      })()""";

  /** Every SVG that is a chart (role=img) must say what it shows and write its labels as text. */
  private static final String UNLABELLED_CHARTS = """
      (() => {
        const problems = [];
        for (const svg of document.querySelectorAll('svg')) {
          if (svg.getAttribute('aria-hidden') === 'true') continue;
          const name = svg.getAttribute('class') + ' in #' + (svg.closest('section') || {}).id;
          if (svg.getAttribute('role') !== 'img') { problems.push(name + ': neither a chart (role=img) nor decoration (aria-hidden)'); continue; }
          if (!(svg.getAttribute('aria-label') || '').trim()) problems.push(name + ': no aria-label');
          if (!svg.querySelector('title')) problems.push(name + ': no <title>');
          const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBBox().width > 0);
          const bars = svg.querySelectorAll('rect.bar').length;
          if (texts.length === 0) problems.push(name + ': no visible label');
          if (bars > 0 && texts.length < 2 * bars) problems.push(name + ': ' + bars + ' bars but ' + texts.length + ' labels');
        }
        return problems;
      })()""";

  @TempDir
  static Path dir;

  private static final String NO_CHROMIUM =
      "chromium is not installed (apt-get install chromium; .ci/run does): the pages are not checked in a browser";

  private static HeadlessChromium chromium;

  /** Checkpoints whose findings in the three months are all INFO notes: no breach, so no heat-map column. */
  private static java.util.Set<String> infoOnly;

  @BeforeAll
  static void renderPagesAndStartChromium() throws Exception {
    Path executable = HeadlessChromium.executable().orElse(null);
    if (executable == null) {
      // Not an assumption here: one failed in @BeforeAll makes surefire report "Tests run: 0" without
      // the reason. Each test assumes instead (below), so each shows as skipped, saying why in its
      // report; the console, which shows only counts, gets the reason once.
      System.err.println("PagesInABrowserTest skipped: " + NO_CHROMIUM);
      return;
    }
    // One engine for both pages: building the rule base is most of the setup's time.
    PerfEngine engine = PerfEngine.withDefaults();
    List<CheckedCycle> checked = new ArrayList<>();
    for (int month = 1; month <= 3; month++) {
      Path file = dir.resolve("2026-0" + month + ".json");
      assertEquals(0, Run.perf("generate", "-n", "60", "--seed", String.valueOf(month), "--breach-share", "0.4",
          "--period", "2026-0" + month, "--out", file.toString()).exit());
      Cycle cycle = Inputs.cycle(file);
      checked.add(new CheckedCycle(file.getFileName().toString(), cycle, engine.check(cycle)));
    }
    infoOnly = checked.stream().flatMap(c -> c.report().findings().stream()).map(io.perfcomm.rules.Finding::checkpoint)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    checked.stream().flatMap(c -> c.report().findings().stream()).filter(f -> f.severity() != io.perfcomm.rules.Severity.INFO)
        .forEach(f -> infoOnly.remove(f.checkpoint()));
    HtmlReport html = new HtmlReport(new Texts(Locale.ENGLISH));
    Files.writeString(dir.resolve("report.html"), html.report(checked), StandardCharsets.UTF_8);
    CheckedCycle first = checked.get(0);
    Files.writeString(dir.resolve("findings.html"), html.check(first.cycle(), first.report(), first.source()),
        StandardCharsets.UTF_8);
    chromium = new HeadlessChromium(executable);
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, NO_CHROMIUM);
  }

  @AfterAll
  static void stopChromium() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.html", "findings.html"})
  void loadsWithoutAnError(String page) throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve(page), SCREEN);
    assertTrue(tab.evaluate("document.querySelectorAll('section').length").asInt() > 5, "the page rendered");
    assertEquals(List.of(), tab.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.html", "findings.html"})
  void fitsA1366PixelScreen(String page) throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve(page), SCREEN);
    assertEquals(List.of(), strings(tab.evaluate(OVERFLOW)), "wider than the screen");
  }

  @Test
  void heatMapFitsTheScreenWithEveryColumnVisible() throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve("report.html"), SCREEN);
    JsonNode heat = tab.evaluate("""
        (() => { const t = document.querySelector('#heat-map table.heat').getBoundingClientRect();
          return { right: t.right, columns: document.querySelectorAll('#heat-map thead th.rot').length }; })()""");
    assertTrue(heat.path("columns").asInt() >= 20, "the heat map has the checkpoints as columns: " + heat);
    assertTrue(heat.path("right").asDouble() <= SCREEN, "the heat map ends inside the screen: " + heat);
  }

  @Test
  void heatMapHasNoColumnForACheckpointWithInfoNotesOnly() throws Exception {
    assertTrue(!infoOnly.isEmpty(), "the months have checkpoints with INFO notes only (a step still due, a dispute)");
    HeadlessChromium.Page tab = chromium.open(dir.resolve("report.html"), SCREEN);
    List<String> columns = strings(tab.evaluate(
        "[...document.querySelectorAll('#heat-map thead th.rot span')].map(s => s.textContent.trim())"));
    assertTrue(columns.size() > 5, "the heat map has columns: " + columns);
    assertEquals(List.of(), columns.stream().filter(infoOnly::contains).toList(), "INFO-only checkpoints " + infoOnly);
    // They are shown apart, labelled as notes.
    String notes = tab.evaluate("document.querySelector('#notes').innerText").asText();
    assertTrue(infoOnly.stream().allMatch(notes::contains), notes);
    assertTrue(notes.contains("INFO notes, not breaches"), notes);
  }

  @Test
  void calibrationSectionShowsEveryDepartmentAndTheEvaluatorsWhoStandOut() throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve("report.html"), SCREEN);
    JsonNode calibration = tab.evaluate("""
        (() => { const s = document.querySelector('#calibration'); const box = s.getBoundingClientRect();
          return { visible: box.height > 200 && getComputedStyle(s).display !== 'none',
            heading: s.querySelector('h2').textContent,
            departments: s.querySelectorAll('table.departments tbody tr').length,
            strips: s.querySelectorAll('svg.strip[role=img]').length,
            standing: [...s.querySelectorAll('table.standing tbody tr')].map(r => r.innerText) }; })()""");
    assertTrue(calibration.path("visible").asBoolean(), calibration.toString());
    assertTrue(calibration.path("heading").asText().contains("校准"), calibration.toString());
    assertTrue(calibration.path("departments").asInt() >= 1, calibration.toString());
    assertTrue(calibration.path("strips").asInt() >= calibration.path("departments").asInt(), calibration.toString());
    // The generator gives some evaluators a scoring habit: each one listed says how they score.
    assertTrue(calibration.path("standing").size() >= 1, calibration.toString());
    calibration.path("standing").forEach(row -> assertTrue(row.asText().matches("(?s).*(Lenient|Strict|In the middle).*"),
        row.asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.html", "findings.html"})
  void everyChartHasItsLabels(String page) throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve(page), SCREEN);
    if (page.equals("report.html")) {
      assertTrue(tab.evaluate("document.querySelectorAll('svg[role=img]').length").asInt() > 10, "the report has its charts");
    }
    assertEquals(List.of(), strings(tab.evaluate(UNLABELLED_CHARTS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report.html", "findings.html"})
  void printsOnA4LandscapeWithNothingWiderThanThePage(String page) throws Exception {
    HeadlessChromium.Page tab = chromium.open(dir.resolve(page), SCREEN);
    tab.print(PRINTED);
    assertEquals(List.of(), strings(tab.evaluate(OVERFLOW)), "wider than the printed page");
    // The page size Chromium really prints with: A4 landscape is 842 × 595 pt.
    String pdf = new String(tab.pdf(), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]").matcher(pdf);
    assertTrue(box.find(), "the PDF names its page size");
    assertEquals(842, Math.round(Double.parseDouble(box.group(1))), "A4 landscape width, pt");
    assertEquals(595, Math.round(Double.parseDouble(box.group(2))), "A4 landscape height, pt");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
