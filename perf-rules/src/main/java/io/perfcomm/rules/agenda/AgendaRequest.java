package io.perfcomm.rules.agenda;

import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fact that asks for an agenda: which communication type with which employee, on which interview
 * and evaluation, in how many minutes. Agenda rules fire only in a session that holds one.
 */
@Value.Immutable
public abstract class AgendaRequest {

  public abstract CommunicationType type();

  public abstract PersonId employee();

  /** The result interview, for a {@code RESULT} agenda. */
  public abstract Optional<InterviewId> interview();

  /** The evaluation talked about: the interview's, or the employee's latest in the period. */
  public abstract Optional<EvaluationId> evaluation();

  /** The minutes the items share. */
  public abstract int plannedMinutes();

  /** The interview's id, or null: for rule constraints ({@code Interview(id == $r.interviewRef())}). */
  public InterviewId interviewRef() {
    return interview().orElse(null);
  }

  /** The evaluation's id, or null: for rule constraints ({@code Evaluation(id == $r.evaluationRef())}). */
  public EvaluationId evaluationRef() {
    return evaluation().orElse(null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaRequest}. */
  public static final class Builder extends ImmutableAgendaRequest.Builder {}
}
