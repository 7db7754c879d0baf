package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A performance improvement plan (绩效改进计划): causes, actions with due dates, resource support. */
@Value.Immutable
@JsonSerialize(as = ImmutableImprovementPlan.class)
@JsonDeserialize(as = ImmutableImprovementPlan.class)
public abstract class ImprovementPlan implements Extensible {

  public abstract PlanId id();

  public abstract PersonId employee();

  /** The period the plan was made in. */
  public abstract PeriodId period();

  /** When it was agreed with the employee. */
  public abstract Optional<LocalDateTime> agreedAt();

  public abstract Optional<PersonId> owner();

  @Value.Redacted
  public abstract List<String> causes();

  public abstract List<PlanAction> actions();

  public abstract List<ResourceSupport> resources();

  /** When the plan was closed (its actions done or dropped); absent while it is open. */
  public abstract Optional<LocalDateTime> closedAt();

  /** Whether the plan is still open at the moment. */
  public boolean isOpenAt(LocalDateTime moment) {
    return closedAt().map(closed -> !closed.isBefore(moment)).orElse(true);
  }

  /** How many of its actions have no due date. */
  public int undatedActions() {
    return (int) actions().stream().filter(action -> action.due().isEmpty()).count();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ImprovementPlan}. */
  public static final class Builder extends ImmutableImprovementPlan.Builder {}
}
