package io.perfcomm.rules.due;

import io.perfcomm.core.PeriodId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Message;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One step still open at {@code asOf} (DOMAIN.md §8): who must act, what, about whom, by which day,
 * whether that day has passed, the checkpoint it serves and the records involved. One entry of
 * docs/format.md's "Output of due".
 */
@Value.Immutable
public abstract class DueStep {

  /** {@return the period the step belongs to} */
  public abstract PeriodId period();

  /** {@return the person who must act; absent when the cycle names nobody in that role (no evaluator, no HR)} */
  public abstract Optional<PersonId> actor();

  /** {@return the role that acts} */
  public abstract ActorRole actorRole();

  /** {@return what is to be done} */
  public abstract StepKind step();

  /** {@return the checkpoint that owns the step, e.g. {@code INT-01}} */
  public String checkpoint() {
    return step().checkpoint();
  }

  /** {@return the employee the step is about} */
  public abstract PersonId about();

  /** {@return the last day allowed} */
  public abstract LocalDate by();

  /** {@return whether {@link #by} was over at {@code asOf}: late, but still to be done} */
  public abstract boolean overdue();

  /**
   * {@return what the step is for within its kind} The record whose deadline it is (an evaluation,
   * objection, appeal, interview, application, change, plan), the period for period-wide steps, the
   * week's first day for a weekly one. With the period, employee and kind it identifies the step across
   * checks.
   */
  public abstract String subject();

  /** {@return the ids of the records involved, sorted} */
  @Value.NaturalOrder
  public abstract SortedSet<String> records();

  /** {@return what to do, as a message naming the employee: {@code due.<STEP>}} */
  public Message text() {
    return Message.builder().key("due." + step().name()).putArguments("employee", about()).build();
  }

  /**
   * {@return a UID that stays the same for the same step in every export}
   * A calendar then updates the entry instead of adding a copy: a name-based UUID of period, employee,
   * step and subject, never of the date, the order or the actor (a new evaluator takes over the same step).
   */
  public String uid() {
    String identity = String.join("\u0000", period().value(), about().value(), step().name(), subject());
    return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)) + "@perf.perfcomm.io";
  }

  /** {@return a builder of a due step; {@link DueList#of} makes them from a report} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DueStep}. */
  public static final class Builder extends ImmutableDueStep.Builder {}
}
