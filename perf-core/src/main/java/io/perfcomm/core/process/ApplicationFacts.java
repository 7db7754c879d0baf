package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.PlanAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The application system's facts (结果应用): each evaluation's application and application-talk
 * deadlines, what this period's improvement plans lack (APP-02), the earlier plans to follow up and
 * the overdue actions of open plans.
 *
 * @param deadlines each evaluation's deadlines, in the order of the employee's evaluations
 * @param planGaps what each of this period's plans lacks, for those that lack something
 * @param followUps the earlier periods' plans this period must follow up
 * @param overdueActions the actions of open plans overdue at {@code asOf}
 */
record ApplicationFacts(List<List<Deadline>> deadlines, List<PlanGaps> planGaps, List<PlanFollowUp> followUps,
    List<OverdueAction> overdueActions) {

  ApplicationFacts {
    deadlines = deadlines.stream().map(List::copyOf).toList();
    planGaps = List.copyOf(planGaps);
    followUps = List.copyOf(followUps);
    overdueActions = List.copyOf(overdueActions);
  }

  /**
   * Derives the application facts.
   *
   * @param givens what the employee's process starts from
   * @param plansAgreed the plans agreed at a result interview (the interview system's), which need no application talk
   * @param shortfalls the indicators missed in each evaluation (the evaluation system's), which a plan must address
   */
  static ApplicationFacts derive(Givens givens, List<PlanAgreedAtInterview> plansAgreed, List<Shortfall> shortfalls) {
    List<Appeal> appeals = givens.index().appeals(givens.employee().id());
    List<List<Deadline>> deadlines = new ArrayList<>();
    for (Evaluation evaluation : givens.index().evaluations(givens.employee().id())) {
      List<Deadline> own = new ArrayList<>();
      List<Appeal> onIt = appeals.stream().filter(a -> a.evaluation().equals(evaluation.id())).toList();
      addIfDue(givens, own, applicationDeadline(givens, evaluation, onIt));
      boolean planAgreed = plansAgreed.stream().anyMatch(p -> p.evaluation().equals(evaluation.id()));
      for (ResultApplication application : givens.index().applications(evaluation.id())) {
        if (needsTalk(application, planAgreed)) {
          addIfDue(givens, own, Deadline.onDay(DeadlineKind.APPLICATION_TALK, application.id(),
              givens.calendar().deadline(application.appliedAt().toLocalDate(), givens.policy().applicationTalkWithinDays()),
              givens.asOf()));
        }
      }
      deadlines.add(own);
    }
    List<PlanGaps> gaps = new ArrayList<>();
    List<PlanFollowUp> followUps = new ArrayList<>();
    List<OverdueAction> overdue = new ArrayList<>();
    Period period = givens.period();
    for (ImprovementPlan plan : givens.index().plans(givens.employee().id())) {
      if (plan.period().equals(period.id())) {
        PlanGaps.of(plan, shortfalls.size()).ifPresent(gaps::add);
      }
      if (!plan.period().equals(period.id()) && plan.isOpenAt(period.startsAt())
          && plan.agreedAt().map(agreed -> agreed.isBefore(period.endsAt())).orElse(true)) {
        followUps.add(new PlanFollowUp(plan.id()));
      }
      if (plan.isOpenAt(givens.asOf())) {
        LocalDate today = givens.asOf().toLocalDate();
        List<PlanAction> actions = plan.actions();
        for (int i = 0; i < actions.size(); i++) {
          if (actions.get(i).isOverdueOn(today)) {
            overdue.add(new OverdueAction(plan.id(), i, actions.get(i).due().get()));
          }
        }
      }
    }
    return new ApplicationFacts(deadlines, gaps, followUps, overdue);
  }

  private static void addIfDue(Givens givens, List<Deadline> deadlines, Deadline deadline) {
    if (givens.isDue(deadline)) {
      deadlines.add(deadline);
    }
  }

  /**
   * APP-01's deadline: {@code applicationWithinDays} after scoring, paused for the whole days an appeal
   * on the evaluation was pending; while one is still pending at {@code asOf} it cannot have passed.
   * Only an appeal filed while the clock was still running pauses it: one filed after the last day
   * allowed finds the result already late, and an appeal cannot give back days that were over before
   * it (an HR reader would otherwise see the breach vanish while the appeal is pending and come back
   * with a later day). Days two appeals were pending together are paused once.
   */
  private static Deadline applicationDeadline(Givens givens, Evaluation evaluation, List<Appeal> appeals) {
    LocalDateTime asOf = givens.asOf();
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    int days = givens.policy().applicationWithinDays();
    long paused = 0;
    LocalDate pausedUntil = scored;
    boolean pending = false;
    for (Appeal appeal : appeals.stream().sorted(Comparator.comparing(Appeal::filedAt)).toList()) {
      LocalDate filed = appeal.filedAt().toLocalDate();
      if (filed.isAfter(givens.calendar().deadline(scored.plusDays(paused), days))) {
        continue;
      }
      if (appeal.isPendingAt(asOf)) {
        pending = true;
      }
      Optional<LocalDate> ended = appeal.decision().map(d -> d.at().toLocalDate());
      LocalDate from = filed.isBefore(pausedUntil) ? pausedUntil : filed;
      if (ended.isPresent() && !filed.isBefore(scored) && ended.get().isAfter(from)) {
        paused += ChronoUnit.DAYS.between(from, ended.get());
        pausedUntil = ended.get();
      }
    }
    LocalDate day = givens.calendar().deadline(scored.plusDays(paused), days);
    Deadline deadline = Deadline.onDay(DeadlineKind.APPLICATION, evaluation.id(), day, asOf);
    return pending ? new Deadline(deadline.kind(), deadline.subject(), deadline.day(), deadline.closesAt(), false) : deadline;
  }

  /**
   * COM-06's reading: an application with anything applied needs its talk, except one that only
   * applies an improvement plan already agreed at the result interview, where it was communicated.
   */
  private static boolean needsTalk(ResultApplication application, boolean planAgreedAtInterview) {
    if (!application.appliesSomething()) {
      return false;
    }
    return !application.onlyImprovementPlan() || !planAgreedAtInterview;
  }
}
