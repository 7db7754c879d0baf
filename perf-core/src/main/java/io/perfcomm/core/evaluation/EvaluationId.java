package io.perfcomm.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an evaluation. */
@Value.Immutable
public abstract class EvaluationId extends Id<EvaluationId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EvaluationId of(String value) {
    return ImmutableEvaluationId.of(value);
  }
}
