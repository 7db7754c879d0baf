package io.perfcomm.core.interview;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.objective.IndicatorId;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An objection (异议) the employee raised at an interview, and how it was handled. */
@Value.Immutable
@JsonSerialize(as = ImmutableObjection.class)
@JsonDeserialize(as = ImmutableObjection.class)
public abstract class Objection implements Extensible {

  /** {@return the objection's id} */
  public abstract ObjectionId id();

  /** {@return the indicator objected to, if the objection names one} */
  public abstract Optional<IndicatorId> indicator();

  /** {@return when the objection was raised} */
  public abstract LocalDateTime raisedAt();

  /** {@return what the employee objected; confidential} */
  @Value.Redacted
  public abstract String text();

  /** {@return where the objection stands} */
  public abstract ObjectionStatus status();

  /** {@return the evaluator's written response} */
  public abstract Optional<Response> response();

  /** {@return whether the objection is settled: resolved or withdrawn} */
  @JsonIgnore
  public boolean isSettled() {
    return status() == ObjectionStatus.RESOLVED || status() == ObjectionStatus.WITHDRAWN;
  }

  /**
   * {@return when it was settled: the response, or when it was raised for one withdrawn without a
   * response}
   */
  public LocalDateTime settledAt() {
    return response().map(Response::at).orElse(raisedAt());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objection}. */
  public static final class Builder extends ImmutableObjection.Builder {}
}
