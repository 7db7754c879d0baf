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

  public abstract ObjectionId id();

  public abstract Optional<IndicatorId> indicator();

  public abstract LocalDateTime raisedAt();

  @Value.Redacted
  public abstract String text();

  public abstract ObjectionStatus status();

  public abstract Optional<Response> response();

  /** Whether the objection is settled: resolved or withdrawn. */
  @JsonIgnore
  public boolean isSettled() {
    return status() == ObjectionStatus.RESOLVED || status() == ObjectionStatus.WITHDRAWN;
  }

  /** When it was settled: the response, or when it was raised for one withdrawn without a response. */
  public LocalDateTime settledAt() {
    return response().map(Response::at).orElse(raisedAt());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objection}. */
  public static final class Builder extends ImmutableObjection.Builder {}
}
