package io.perfcomm.core.communication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One performance communication between an evaluator and an employee, of one of the five types. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunication.class)
@JsonDeserialize(as = ImmutableCommunication.class)
public abstract class Communication implements Extensible {

  /** {@return the communication's id} */
  public abstract CommunicationId id();

  /** {@return the type of the communication} */
  public abstract CommunicationType type();

  /** {@return the employee talked with} */
  public abstract PersonId employee();

  /** {@return the evaluator who talked with the employee} */
  public abstract PersonId evaluator();

  /** {@return when the communication took place} */
  public abstract LocalDateTime at();

  /** {@return whether this was a formal interview rather than a check-in} */
  @Value.Default
  public boolean formal() {
    return false;
  }

  /** {@return the indicators discussed} */
  public abstract List<IndicatorId> indicators();

  /** {@return the improvement plan this communication followed up} */
  public abstract Optional<PlanId> followsUpPlan();

  /** {@return what was said and agreed; confidential} */
  @Value.Redacted
  public abstract Optional<String> summary();

  /**
   * {@return whether the communication follows up this improvement plan}
   *
   * @param plan the plan's id
   */
  public boolean followsUp(PlanId plan) {
    return followsUpPlan().filter(plan::equals).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Communication}. */
  public static final class Builder extends ImmutableCommunication.Builder {}
}
