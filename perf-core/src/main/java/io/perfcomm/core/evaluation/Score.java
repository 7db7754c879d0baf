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

  public abstract IndicatorId indicator();

  /** The score on the policy rating scale. */
  @Value.Redacted
  public abstract double score();

  /** What was actually achieved (text). */
  @Value.Redacted
  public abstract Optional<String> actual();

  public abstract boolean targetMet();

  /** Ids of the evidence records or communications cited. */
  public abstract List<EvidenceId> evidence();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}. */
  public static final class Builder extends ImmutableScore.Builder {}
}
