package io.perfcomm.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a small bar chart in inline SVG (one bar per period, its value written above it and
 * the period below), as a model for {@code minibars.mustache}. The values are text in the chart and in
 * its {@code aria-label}, so a reader, a printer and a screen reader all get the numbers, not only the
 * shape.
 */
final class MiniBars {

  /** Horizontal room per period: fits a label such as {@code 2026-01} at the chart's font size. */
  private static final int SLOT = 42;
  private static final int BAR_WIDTH = 22;
  private static final int VALUE_BAND = 12;
  private static final int BAR_BAND = 30;
  private static final int LABEL_BAND = 13;

  private MiniBars() {}

  /**
   * One chart.
   *
   * @param title what the chart shows, for its {@code aria-label} and {@code <title>}
   * @param labels the periods, oldest first
   * @param values one value per period
   * @param shown each value as the reader sees it (localised, rounded)
   * @param max the value of a full-height bar: the largest value of this chart, or of a group of charts
   *     that should be compared on one scale
   */
  static Map<String, Object> chart(String title, List<String> labels, List<Double> values, List<String> shown, double max) {
    int width = labels.size() * SLOT;
    int baseline = VALUE_BAND + BAR_BAND;
    List<Map<String, Object>> bars = new ArrayList<>();
    List<String> spoken = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double height = max <= 0 ? 0 : BAR_BAND * values.get(i) / max;
      // A non-zero value keeps a visible sliver, so "1" never looks like "0".
      if (values.get(i) > 0) {
        height = Math.max(height, 1.5);
      }
      double centre = i * SLOT + SLOT / 2.0;
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("x", fmt(centre - BAR_WIDTH / 2.0));
      bar.put("y", fmt(baseline - height));
      bar.put("width", BAR_WIDTH);
      bar.put("height", fmt(height));
      bar.put("cx", fmt(centre));
      bar.put("valueY", fmt(baseline - height - 2));
      bar.put("value", shown.get(i));
      bar.put("label", labels.get(i));
      bars.add(bar);
      spoken.add(labels.get(i) + " " + shown.get(i));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("title", title);
    chart.put("ariaLabel", title + ": " + String.join(", ", spoken));
    chart.put("width", width);
    chart.put("height", baseline + LABEL_BAND);
    chart.put("baseline", baseline);
    chart.put("labelY", baseline + LABEL_BAND - 2);
    chart.put("bars", bars);
    return chart;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
