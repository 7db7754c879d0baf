package io.perfcomm.rules.agenda;

import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fact that asks for an agenda: which communication type with which employee, on which interview
 * and evaluation, in how many minutes, at which moment. Every agenda rule matches on it.
 */
@Value.Immutable
public abstract class AgendaRequest {

  /** {@return the communication type the agenda is for} */
  public abstract CommunicationType type();

  /** {@return the employee the conversation is with} */
  public abstract PersonId employee();

  /** {@return the result interview, for a {@code RESULT} agenda} */
  public abstract Optional<InterviewId> interview();

  /** {@return the evaluation talked about: the interview's, or the employee's latest in the period} */
  public abstract Optional<EvaluationId> evaluation();

  /** {@return the minutes the items share} */
  public abstract int plannedMinutes();

  /** {@return the moment the agenda is for: the check's {@code asOf}} */
  public abstract LocalDateTime asOf();

  /** {@return the day of {@link #asOf}: a day before it is past} */
  @Value.Derived
  public LocalDate today() {
    return asOf().toLocalDate();
  }

  /** {@return whether the checked period had begun at {@code asOf}} */
  public abstract boolean periodStarted();

  /** {@return whether the checked period was over at {@code asOf}} */
  public abstract boolean periodOver();

  /**
   * {@return the interview's id, or null: for rule constraints ({@code Interview(id ==
   * $r.interviewRef())})}
   */
  public InterviewId interviewRef() {
    return interview().orElse(null);
  }

  /**
   * {@return the evaluation's id, or null: for rule constraints ({@code Evaluation(id ==
   * $r.evaluationRef())})}
   */
  public EvaluationId evaluationRef() {
    return evaluation().orElse(null);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaRequest}. */
  public static final class Builder extends ImmutableAgendaRequest.Builder {}
}
