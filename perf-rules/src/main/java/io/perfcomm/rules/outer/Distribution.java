package io.perfcomm.rules.outer;

import io.perfcomm.core.policy.RatingScale;
import java.util.Collection;

/**
 * How a set of scores or results is spread over the rating scale: how many, their mean, their spread
 * (population standard deviation), their lowest and highest, and the share at the top and at the bottom
 * of the scale.
 *
 * <p>The top of the scale is its highest tenth (90 and above on 0–100, 优秀 in most Chinese practice),
 * the bottom everything below six tenths (below 60, 不合格): the bands HR reads a distribution by.
 *
 * @param count how many values
 * @param mean their mean; NaN when there are none
 * @param spread their standard deviation; NaN when there are none
 * @param lowest the lowest value; NaN when there are none
 * @param highest the highest value; NaN when there are none
 * @param topShare the share (0–1) at the top of the scale
 * @param bottomShare the share (0–1) at the bottom of the scale
 */
public record Distribution(int count, double mean, double spread, double lowest, double highest, double topShare,
    double bottomShare) {

  /** Where the top band starts, as a share of the scale from its minimum. */
  public static final double TOP_FROM = 0.9;

  /** Where the bottom band ends (exclusive), as a share of the scale from its minimum. */
  public static final double BOTTOM_BELOW = 0.6;

  /**
   * The distribution of some values on a scale.
   *
   * @param values the values, on the scale
   * @param scale the rating scale, for its top and bottom bands
   * @return their distribution; count 0 and NaN figures when there are none
   */
  public static Distribution of(Collection<Double> values, RatingScale scale) {
    int n = values.size();
    if (n == 0) {
      return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
    }
    double range = scale.max() - scale.min();
    double top = scale.min() + TOP_FROM * range;
    double bottom = scale.min() + BOTTOM_BELOW * range;
    double sum = 0;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    int atTop = 0;
    int atBottom = 0;
    for (double v : values) {
      sum += v;
      lowest = Math.min(lowest, v);
      highest = Math.max(highest, v);
      atTop += v >= top ? 1 : 0;
      atBottom += v < bottom ? 1 : 0;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new Distribution(n, mean, Math.sqrt(squares / n), lowest, highest, atTop / (double) n, atBottom / (double) n);
  }

  /** {@return whether there is no value} */
  public boolean isEmpty() {
    return count == 0;
  }
}
