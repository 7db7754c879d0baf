package io.perfcomm.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The range scores are given on, both ends included (0–100 by default). */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingScale.class)
@JsonDeserialize(as = ImmutableRatingScale.class)
public abstract class RatingScale {

  /** {@return the lowest score} */
  @Value.Parameter
  public abstract double min();

  /** {@return the highest score} */
  @Value.Parameter
  public abstract double max();

  /**
   * {@return whether a score lies on the scale}
   *
   * @param score the score
   */
  public boolean contains(double score) {
    return score >= min() && score <= max();
  }

  /**
   * {@return the scale from {@code min} to {@code max}}
   *
   * @param min the lowest score
   * @param max the highest score
   */
  public static RatingScale of(double min, double max) {
    return ImmutableRatingScale.of(min, max);
  }
}
