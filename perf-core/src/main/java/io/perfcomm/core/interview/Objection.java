package io.perfcomm.core.interview;

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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objection}. */
  public static final class Builder extends ImmutableObjection.Builder {}
}
