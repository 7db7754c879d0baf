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

  public abstract CommunicationId id();

  public abstract CommunicationType type();

  public abstract PersonId employee();

  public abstract PersonId evaluator();

  public abstract LocalDateTime at();

  /** Whether this was a formal interview rather than a check-in. */
  @Value.Default
  public boolean formal() {
    return false;
  }

  /** The indicators discussed. */
  public abstract List<IndicatorId> indicators();

  /** The improvement plan this communication followed up. */
  public abstract Optional<PlanId> followsUpPlan();

  @Value.Redacted
  public abstract Optional<String> summary();

  /** Whether the communication follows up this improvement plan. */
  public boolean followsUp(PlanId plan) {
    return followsUpPlan().filter(plan::equals).isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Communication}. */
  public static final class Builder extends ImmutableCommunication.Builder {}
}
