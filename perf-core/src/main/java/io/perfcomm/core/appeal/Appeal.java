package io.perfcomm.core.appeal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A formal appeal (申诉) against an evaluation. */
@Value.Immutable
@JsonSerialize(as = ImmutableAppeal.class)
@JsonDeserialize(as = ImmutableAppeal.class)
public abstract class Appeal implements Extensible {

  /** {@return the appeal's id} */
  public abstract AppealId id();

  /** {@return the employee who appealed} */
  public abstract PersonId employee();

  /** {@return the evaluation appealed against} */
  public abstract EvaluationId evaluation();

  /** {@return the interview objection escalated into this appeal} */
  public abstract Optional<ObjectionId> objection();

  /** {@return when the appeal was filed} */
  public abstract LocalDateTime filedAt();

  /** {@return where the appeal stands} */
  public abstract AppealStatus status();

  /** {@return the decision, once the appeal is decided} */
  public abstract Optional<Decision> decision();

  /**
   * {@return whether the appeal was still pending at the moment: filed by then and not decided or
   * withdrawn before it}
   *
   * @param moment the moment
   */
  public boolean isPendingAt(LocalDateTime moment) {
    if (filedAt().isAfter(moment)) {
      return false;
    }
    return switch (status()) {
      case PENDING -> true;
      case DECIDED -> decision().map(d -> d.at().isAfter(moment)).orElse(true);
      case WITHDRAWN -> false;
    };
  }

  /**
   * {@return whether the appeal was filed on this objection: the objection escalated into a formal appeal}
   *
   * @param objection the objection's id
   */
  public boolean isOn(ObjectionId objection) {
    return objection().filter(objection::equals).isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Appeal}. */
  public static final class Builder extends ImmutableAppeal.Builder {}
}
