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

  /** {@return the evaluation's id} */
  public abstract EvaluationId id();

  /** {@return the employee evaluated} */
  public abstract PersonId employee();

  /** {@return the evaluator who scored} */
  public abstract PersonId evaluator();

  /** {@return when the scores were given} */
  public abstract LocalDateTime scoredAt();

  /** {@return one score per indicator} */
  public abstract List<Score> scores();

  /** {@return the strengths named, with evidence} */
  public abstract List<Remark> strengths();

  /** {@return the weaknesses named, with evidence} */
  public abstract List<Remark> weaknesses();

  /** {@return how many of its scores missed their target ({@code targetMet} false)} */
  public int missedTargets() {
    return (int) scores().stream().filter(score -> !score.targetMet()).count();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {}
}
