package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One improvement action, with its due date. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanAction.class)
@JsonDeserialize(as = ImmutablePlanAction.class)
public abstract class PlanAction {

  /** {@return what is to be done} */
  @Value.Redacted
  public abstract String text();

  /** {@return the day the action is due} */
  public abstract Optional<LocalDate> due();

  /** {@return the day the action was done; absent while it is not} */
  public abstract Optional<LocalDate> doneAt();

  /**
   * {@return whether the action is past its due day without being done, on the day given}
   *
   * @param day the day
   */
  public boolean isOverdueOn(LocalDate day) {
    return doneAt().isEmpty() && due().map(due -> due.isBefore(day)).orElse(false);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanAction}. */
  public static final class Builder extends ImmutablePlanAction.Builder {}
}
