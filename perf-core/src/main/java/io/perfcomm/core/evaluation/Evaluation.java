package io.perfcomm.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import org.immutables.value.Value;

/** The scoring of one employee for the period (月评分), with strengths and weaknesses. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public abstract class Evaluation implements Extensible {

  public abstract EvaluationId id();

  public abstract PersonId employee();

  public abstract PersonId evaluator();

  public abstract LocalDateTime scoredAt();

  public abstract List<Score> scores();

  public abstract List<Remark> strengths();

  public abstract List<Remark> weaknesses();

  /** How many of its scores missed their target ({@code targetMet} false). */
  public int missedTargets() {
    return (int) scores().stream().filter(score -> !score.targetMet()).count();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {}
}
