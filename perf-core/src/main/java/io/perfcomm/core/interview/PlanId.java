package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an improvement plan. */
@Value.Immutable
public abstract class PlanId extends Id<PlanId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PlanId of(String value) {
    return ImmutablePlanId.of(value);
  }
}
