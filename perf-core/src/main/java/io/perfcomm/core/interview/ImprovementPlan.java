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

  /** {@return the plan's id} */
  public abstract PlanId id();

  /** {@return the employee whose performance the plan improves} */
  public abstract PersonId employee();

  /** {@return the period the plan was made in} */
  public abstract PeriodId period();

  /** {@return when it was agreed with the employee} */
  public abstract Optional<LocalDateTime> agreedAt();

  /** {@return who is responsible for the plan} */
  public abstract Optional<PersonId> owner();

  /** {@return the causes of the shortfall the plan addresses} */
  @Value.Redacted
  public abstract List<String> causes();

  /** {@return the actions planned} */
  public abstract List<PlanAction> actions();

  /** {@return the resource support given: training, contacts, policy, budget} */
  public abstract List<ResourceSupport> resources();

  /** {@return when the plan was closed (its actions done or dropped); absent while it is open} */
  public abstract Optional<LocalDateTime> closedAt();

  /**
   * {@return whether the plan is still open at the moment}
   *
   * @param moment the moment
   */
  public boolean isOpenAt(LocalDateTime moment) {
    return closedAt().map(closed -> !closed.isBefore(moment)).orElse(true);
  }

  /** {@return how many of its actions have no due date} */
  public int undatedActions() {
    return (int) actions().stream().filter(action -> action.due().isEmpty()).count();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ImprovementPlan}. */
  public static final class Builder extends ImmutableImprovementPlan.Builder {}
}
