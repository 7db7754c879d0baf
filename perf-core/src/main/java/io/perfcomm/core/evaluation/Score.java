package io.perfcomm.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.objective.IndicatorId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The score of one indicator, with the evidence it rests on. */
@Value.Immutable
@JsonSerialize(as = ImmutableScore.class)
@JsonDeserialize(as = ImmutableScore.class)
public abstract class Score {

  /** {@return the indicator scored} */
  public abstract IndicatorId indicator();

  /** {@return the score on the policy rating scale} */
  @Value.Redacted
  public abstract double score();

  /** {@return what was actually achieved (text)} */
  @Value.Redacted
  public abstract Optional<String> actual();

  /** {@return whether the indicator's target was met} */
  public abstract boolean targetMet();

  /** {@return ids of the evidence records or communications cited} */
  public abstract List<EvidenceId> evidence();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}. */
  public static final class Builder extends ImmutableScore.Builder {}
}
