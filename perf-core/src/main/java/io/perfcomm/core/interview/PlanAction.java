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

  @Value.Redacted
  public abstract String text();

  public abstract Optional<LocalDate> due();

  /** The day the action was done; absent while it is not. */
  public abstract Optional<LocalDate> doneAt();

  /** Whether the action is past its due day without being done, on the day given. */
  public boolean isOverdueOn(LocalDate day) {
    return doneAt().isEmpty() && due().map(due -> due.isBefore(day)).orElse(false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanAction}. */
  public static final class Builder extends ImmutablePlanAction.Builder {}
}
