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

  public abstract InterviewId id();

  public abstract EvaluationId evaluation();

  /** When the employee was told of the interview. */
  public abstract Optional<LocalDateTime> notifiedAt();

  public abstract LocalDateTime scheduledAt();

  public abstract Optional<Integer> plannedMinutes();

  /** When it started; absent until it took place. */
  public abstract Optional<LocalDateTime> startedAt();

  /** When it ended; absent until it took place. */
  public abstract Optional<LocalDateTime> endedAt();

  public abstract Optional<Location> location();

  public abstract Optional<Purpose> purpose();

  /** What was prepared, for a sensitive purpose. */
  @Value.Redacted
  public abstract Optional<String> preparation();

  /** HR partners or leaders present. */
  public abstract List<PersonId> support();

  public abstract Optional<Outcome> outcome();

  public abstract List<Objection> objections();

  /** The improvement plan agreed at the end. */
  public abstract Optional<PlanId> improvementPlan();
  /** Whether the interview took place: it has a start. */
  public boolean tookPlace() {
    return startedAt().isPresent();
  }

  /** Whether it took place and started in {@code [from, until)}. */
  public boolean heldWithin(LocalDateTime from, LocalDateTime until) {
    return startedAt().map(started -> !started.isBefore(from) && started.isBefore(until)).orElse(false);
  }

  /** Whether a place is recorded and it is not both private and quiet. */
  public boolean placeUnfit() {
    return location().map(place -> !place.privateAndQuiet()).orElse(false);
  }

  /** Whether planned minutes are recorded and fewer than {@code minutes}. */
  public boolean plannedBelow(int minutes) {
    return plannedMinutes().map(planned -> planned < minutes).orElse(false);
  }

  /** Whether the purpose is stated to the employee in words, not only as a kind. */
  public boolean purposeStated() {
    return purpose().flatMap(Purpose::statement).map(text -> !text.isBlank()).orElse(false);
  }

  /** Whether the purpose is sensitive: dismissal, demotion or improvement warning. */
  public boolean sensitive() {
    return purpose().map(Purpose::isSensitive).orElse(false);
  }

  /** Whether the purpose is dismissal (辞退). */
  public boolean dismissal() {
    return purpose().map(p -> p.kind() == PurposeKind.DISMISSAL).orElse(false);
  }

  /** Whether a preparation is recorded in words. */
  public boolean prepared() {
    return preparation().map(text -> !text.isBlank()).orElse(false);
  }

  /** The agreement its outcome records; NONE when no outcome is recorded. */
  public Agreement agreement() {
    return outcome().map(Outcome::agreement).orElse(Agreement.NONE);
  }

  /** Whether the outcome records a signature at or after {@code from} and before {@code until}. */
  public boolean signedWithin(LocalDateTime from, LocalDateTime until) {
    return outcome().flatMap(Outcome::signedAt).map(at -> !at.isBefore(from) && at.isBefore(until)).orElse(false);
  }

  /** Whether a SIGNED outcome lacks the moment of signature. */
  public boolean signatureMissing() {
    return agreement() == Agreement.SIGNED && outcome().flatMap(Outcome::signedAt).isEmpty();
  }

  /** Whether the employee signed the result at this interview (结果确认): a signature, whatever else was recorded. */
  public boolean resultSigned() {
    return outcome().flatMap(Outcome::signedAt).isPresent();
  }

  /** When the last of its objections was settled, once every one is; empty with none raised or one still open. */
  public Optional<LocalDateTime> objectionsSettledAt() {
    if (objections().isEmpty() || !objections().stream().allMatch(Objection::isSettled)) {
      return Optional.empty();
    }
    return objections().stream().map(Objection::settledAt).max(java.util.Comparator.naturalOrder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Interview}. */
  public static final class Builder extends ImmutableInterview.Builder {}
}
