package io.perfcomm.examples.cli;

import io.perfcomm.core.policy.RatingScale;
import io.perfcomm.rules.outer.Distribution;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a calibration strip in inline SVG, as a model for {@code rangestrip.mustache}: the
 * rating scale as an axis, one group's results as a band from mean − spread to mean + spread with a
 * whisker from the lowest to the highest and the mean written above it, and the group it is compared
 * with as a grey band under it, its mean written under the axis. Every number is text in the chart
 * and in its {@code aria-label}, so a printout and a screen reader get the figures, not only the shape.
 */
final class RangeStrip {

  private static final int WIDTH = 170;
  private static final int HEIGHT = 40;
  private static final int LEFT = 10;
  private static final int PLOT = WIDTH - 2 * LEFT;

  private RangeStrip() {}

  /**
   * One strip.
   *
   * @param title what it shows, for its {@code aria-label} and {@code <title>}
   * @param scale the rating scale, the axis
   * @param mine the group's results
   * @param rest the results it is compared with, or null for none
   */
  static Map<String, Object> chart(String title, RatingScale scale, Distribution mine, Distribution rest, Texts texts,
      Locale locale) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("width", WIDTH);
    chart.put("height", HEIGHT);
    chart.put("x0", LEFT);
    chart.put("x1", LEFT + PLOT);
    chart.put("min", plain(scale.min(), locale));
    chart.put("max", plain(scale.max(), locale));
    StringBuilder spoken = new StringBuilder(title).append(": ").append(spoken(mine, texts, locale));
    // Absent parts are false, never missing: mustache would look a missing key up in the row around it.
    chart.put("mine", mine.isEmpty() ? false : band(scale, mine, locale, 14, WIDTH - 14));
    chart.put("rest", false);
    if (rest != null && !rest.isEmpty()) {
      chart.put("rest", band(scale, rest, locale, 30, WIDTH - 30));
      spoken.append("; ").append(texts.get("html.cal.compared")).append(' ').append(spoken(rest, texts, locale));
    }
    chart.put("ariaLabel", spoken.toString());
    return chart;
  }

  private static Map<String, Object> band(RatingScale scale, Distribution d, Locale locale, double labelFrom, double labelTo) {
    double from = x(scale, d.mean() - d.spread());
    double to = x(scale, d.mean() + d.spread());
    double mean = x(scale, d.mean());
    Map<String, Object> band = new LinkedHashMap<>();
    band.put("x", fmt(Math.min(from, mean - 1)));
    band.put("width", fmt(Math.max(to - from, 2)));
    band.put("mean", fmt(mean));
    band.put("low", fmt(x(scale, d.lowest())));
    band.put("high", fmt(x(scale, d.highest())));
    band.put("labelX", fmt(Math.max(labelFrom, Math.min(labelTo, mean))));
    band.put("label", String.format(locale, "%.1f", d.mean()));
    return band;
  }

  private static String spoken(Distribution d, Texts texts, Locale locale) {
    if (d.isEmpty()) {
      return "—";
    }
    return texts.get("html.cal.spoken", String.format(locale, "%.1f", d.mean()), String.format(locale, "%.1f", d.spread()),
        plain(d.lowest(), locale), plain(d.highest(), locale), d.count());
  }

  /** A position on the axis, the value clamped to the scale. */
  private static double x(RatingScale scale, double value) {
    double share = (Math.max(scale.min(), Math.min(scale.max(), value)) - scale.min()) / (scale.max() - scale.min());
    return LEFT + PLOT * share;
  }

  private static String plain(double value, Locale locale) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(locale, "%.1f", value);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
