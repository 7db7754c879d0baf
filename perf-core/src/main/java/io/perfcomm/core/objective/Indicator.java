package io.perfcomm.core.objective;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An indicator (KPI) on a sheet, with its level, weight (percent) and approval. */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator implements Extensible {

  /** {@return the indicator's id} */
  public abstract IndicatorId id();

  /** {@return the indicator's name} */
  public abstract String name();

  /** {@return whether the indicator is result-level or task-level} */
  public abstract IndicatorLevel level();

  /** {@return the weight in percent; the weights of a sheet sum to 100} */
  public abstract double weight();

  /** {@return the target, as agreed (text)} */
  public abstract String target();

  /** {@return who determined (确定) the indicator: for a task-level one, the employee's evaluator} */
  public abstract Optional<PersonId> determinedBy();

  /** {@return who approved (审批) the indicator: the evaluator or a leader in charge} */
  public abstract Optional<PersonId> approvedBy();

  /** {@return when it was approved} */
  public abstract Optional<LocalDateTime> approvedAt();

  /**
   * {@return whether it was approved before a moment (OBJ-01: before the confirmation deadline closes)}
   *
   * @param moment the moment
   */
  public boolean approvedBefore(LocalDateTime moment) {
    return approvedAt().filter(at -> at.isBefore(moment)).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {}
}
