package io.perfcomm.core.interview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A result interview (绩效面谈) on one evaluation. */
@Value.Immutable
@JsonSerialize(as = ImmutableInterview.class)
@JsonDeserialize(as = ImmutableInterview.class)
public abstract class Interview implements Extensible {

  /** {@return the interview's id} */
  public abstract InterviewId id();

  /** {@return the evaluation the interview is about} */
  public abstract EvaluationId evaluation();

  /** {@return when the employee was told of the interview} */
  public abstract Optional<LocalDateTime> notifiedAt();

  /** {@return when the interview is or was scheduled} */
  public abstract LocalDateTime scheduledAt();

  /** {@return how long the interview was planned to take, in minutes} */
  public abstract Optional<Integer> plannedMinutes();

  /** {@return when it started; absent until it took place} */
  public abstract Optional<LocalDateTime> startedAt();

  /** {@return when it ended; absent until it took place} */
  public abstract Optional<LocalDateTime> endedAt();

  /** {@return where the interview is held} */
  public abstract Optional<Location> location();

  /** {@return the purpose of the interview} */
  public abstract Optional<Purpose> purpose();

  /** {@return what was prepared, for a sensitive purpose} */
  @Value.Redacted
  public abstract Optional<String> preparation();

  /**
   * HR partners or leaders present.
   *
   * @return the ids of the HR partners or leaders present
   */
  public abstract List<PersonId> support();

  /** {@return what the interview ended with} */
  public abstract Optional<Outcome> outcome();

  /** {@return the objections the employee raised} */
  public abstract List<Objection> objections();

  /** {@return the improvement plan agreed at the end} */
  public abstract Optional<PlanId> improvementPlan();
  /** {@return whether the interview took place: it has a start} */
  public boolean tookPlace() {
    return startedAt().isPresent();
  }

  /**
   * {@return whether it took place and started in {@code [from, until)}}
   *
   * @param from the first moment, included
   * @param until the moment after the last, excluded
   */
  public boolean heldWithin(LocalDateTime from, LocalDateTime until) {
    return startedAt().map(started -> !started.isBefore(from) && started.isBefore(until)).orElse(false);
  }

  /** {@return whether a place is recorded and it is not both private and quiet} */
  public boolean placeUnfit() {
    return location().map(place -> !place.privateAndQuiet()).orElse(false);
  }

  /**
   * {@return whether planned minutes are recorded and fewer than {@code minutes}}
   *
   * @param minutes the minutes
   */
  public boolean plannedBelow(int minutes) {
    return plannedMinutes().map(planned -> planned < minutes).orElse(false);
  }

  /** {@return whether the purpose is stated to the employee in words, not only as a kind} */
  public boolean purposeStated() {
    return purpose().flatMap(Purpose::statement).map(text -> !text.isBlank()).orElse(false);
  }

  /** {@return whether the purpose is sensitive: dismissal, demotion or improvement warning} */
  public boolean sensitive() {
    return purpose().map(Purpose::isSensitive).orElse(false);
  }

  /** {@return whether the purpose is dismissal (辞退)} */
  public boolean dismissal() {
    return purpose().map(p -> p.kind() == PurposeKind.DISMISSAL).orElse(false);
  }

  /** {@return whether a preparation is recorded in words} */
  public boolean prepared() {
    return preparation().map(text -> !text.isBlank()).orElse(false);
  }

  /** {@return the agreement its outcome records; NONE when no outcome is recorded} */
  public Agreement agreement() {
    return outcome().map(Outcome::agreement).orElse(Agreement.NONE);
  }

  /**
   * {@return whether the outcome records a signature at or after {@code from} and before {@code until}}
   *
   * @param from the first moment, included
   * @param until the moment after the last, excluded
   */
  public boolean signedWithin(LocalDateTime from, LocalDateTime until) {
    return outcome().flatMap(Outcome::signedAt).map(at -> !at.isBefore(from) && at.isBefore(until)).orElse(false);
  }

  /** {@return whether a SIGNED outcome lacks the moment of signature} */
  public boolean signatureMissing() {
    return agreement() == Agreement.SIGNED && outcome().flatMap(Outcome::signedAt).isEmpty();
  }

  /**
   * {@return whether the employee signed the result at this interview (结果确认): a signature, whatever
   * else was recorded}
   */
  public boolean resultSigned() {
    return outcome().flatMap(Outcome::signedAt).isPresent();
  }

  /**
   * {@return when the last of its objections was settled, once every one is; empty with none raised
   * or one still open}
   */
  public Optional<LocalDateTime> objectionsSettledAt() {
    if (objections().isEmpty() || !objections().stream().allMatch(Objection::isSettled)) {
      return Optional.empty();
    }
    return objections().stream().map(Objection::settledAt).max(java.util.Comparator.naturalOrder());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Interview}. */
  public static final class Builder extends ImmutableInterview.Builder {}
}
