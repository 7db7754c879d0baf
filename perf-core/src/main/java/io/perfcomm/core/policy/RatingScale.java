package io.perfcomm.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The range scores are given on, both ends included (0–100 by default). */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingScale.class)
@JsonDeserialize(as = ImmutableRatingScale.class)
public abstract class RatingScale {

  @Value.Parameter
  public abstract double min();

  @Value.Parameter
  public abstract double max();

  /** Whether a score lies on the scale. */
  public boolean contains(double score) {
    return score >= min() && score <= max();
  }

  public static RatingScale of(double min, double max) {
    return ImmutableRatingScale.of(min, max);
  }
}
