package io.perfcomm.rules.due;

import io.perfcomm.core.Id;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.process.Deadline;
import io.perfcomm.core.process.Week;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The step a finding stands for while it is still open: what is to be done, by whom (the role), for
 * which record, by which day and whether that day has passed. Set by the rule that reports the step as
 * due or overdue, from the process-layer fact it matched, never computed on its own; {@link DueList}
 * reads it.
 *
 * @param kind what is to be done
 * @param actorRole who does it
 * @param actor the person the record itself names to act (an improvement plan's owner); absent when the
 *     person in the role acts ({@link DueList#of} then finds them)
 * @param subject the record the step is for (the deadline's subject), or the week's first day
 * @param by the last day allowed
 * @param overdue whether that day was over at {@code asOf} (the step can still be taken)
 */
public record Step(StepKind kind, ActorRole actorRole, Optional<PersonId> actor, String subject, LocalDate by,
    boolean overdue) {

  /**
   * A step; every component is required.
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param actor the person the record names to act, or empty for the person in the role
   * @param subject the record the step is for, or the week's first day
   * @param by the last day allowed
   * @param overdue whether that day was over at {@code asOf}
   */
  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(by, "by");
  }

  /**
   * A step taken by the person in the role.
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param subject the record the step is for, or the week's first day
   * @param by the last day allowed
   * @param overdue whether that day was over at {@code asOf}
   */
  public Step(StepKind kind, ActorRole actorRole, String subject, LocalDate by, boolean overdue) {
    this(kind, actorRole, Optional.empty(), subject, by, overdue);
  }

  /**
   * {@return a step due by a deadline of the process layer: its subject and day, overdue once it has passed}
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param deadline the deadline the rule matched
   */
  public static Step of(StepKind kind, ActorRole actorRole, Deadline deadline) {
    return new Step(kind, actorRole, deadline.subject().value(), deadline.day(), deadline.passed());
  }

  /**
   * {@return a step of the week under way: due by the week's last day, not overdue before the week is over}
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param week the week under way
   */
  public static Step thisWeek(StepKind kind, ActorRole actorRole, Week week) {
    return new Step(kind, actorRole, week.firstDay().toString(), week.lastDay(), false);
  }

  /**
   * {@return a step about a record due by a day that has not passed (the rule marks it only while that holds)}
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param subject the record the step is for
   * @param lastDay the last day allowed
   */
  public static Step by(StepKind kind, ActorRole actorRole, Id<?> subject, LocalDate lastDay) {
    return new Step(kind, actorRole, subject.value(), lastDay, false);
  }

  /**
   * {@return a step about a record whose last day has passed, still to be taken (the rule marks it only
   * while it can be)}
   *
   * @param kind what is to be done
   * @param actorRole who does it
   * @param subject the record the step is for
   * @param lastDay the last day that was allowed
   */
  public static Step lateSince(StepKind kind, ActorRole actorRole, Id<?> subject, LocalDate lastDay) {
    return new Step(kind, actorRole, subject.value(), lastDay, true);
  }

  /**
   * {@return a step to take before an interview scheduled at a moment} Due on that moment's day, overdue
   * once the moment has passed at {@code asOf} with the interview not recorded as held.
   *
   * @param kind what is to be done
   * @param interview the interview
   * @param scheduledAt when it is scheduled
   * @param asOf the moment of the check
   */
  public static Step beforeInterview(StepKind kind, Id<?> interview, LocalDateTime scheduledAt, LocalDateTime asOf) {
    return new Step(kind, ActorRole.EVALUATOR, interview.value(), scheduledAt.toLocalDate(), asOf.isAfter(scheduledAt));
  }

  /**
   * {@return an overdue step of an improvement plan, taken by the person the plan names as its owner}
   * The data model names one owner per plan ({@code ImprovementPlan.owner}, "who is responsible for the
   * plan", a person of the cycle), not one per action: the owner sees every action of the plan through.
   * An owner who is the employee acts as the employee; any other owner (the evaluator, as plans usually
   * name, or someone the plan hands the follow-up to) acts in the evaluator's place, following up the
   * plan being the evaluator's duty (APP-03). A plan naming no owner (APP-02's gap) leaves the step to
   * the evaluator.
   *
   * @param kind what is to be done
   * @param owner the plan's owner, if it names one
   * @param employee the employee the plan is for
   * @param plan the plan
   * @param since the earliest due day that has passed
   */
  public static Step ofPlanOwner(StepKind kind, Optional<PersonId> owner, PersonId employee, Id<?> plan,
      LocalDate since) {
    ActorRole role = owner.filter(employee::equals).isPresent() ? ActorRole.EMPLOYEE : ActorRole.EVALUATOR;
    return new Step(kind, role, owner, plan.value(), since, true);
  }
}
