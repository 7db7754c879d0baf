package io.perfcomm.core.process;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.PlanId;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The interview system's facts (绩效面谈): each evaluation's interview, notice, objection-response and
 * result-confirmation deadlines, the first answer each objection got, the interviews held, the
 * objections settled and the plans agreed at an interview.
 *
 * @param deadlines each evaluation's deadlines, in the order of the employee's evaluations
 * @param answers the first answer each answered objection got
 * @param heldInterviews the interviews held with start and end recorded
 * @param settledObjections the interviews whose objections are all settled
 * @param plansAgreed the improvement plans agreed at a result interview that took place
 */
record InterviewFacts(List<List<Deadline>> deadlines, List<ObjectionAnswer> answers, List<HeldInterview> heldInterviews,
    List<ObjectionsSettled> settledObjections, List<PlanAgreedAtInterview> plansAgreed) {

  InterviewFacts {
    deadlines = deadlines.stream().map(List::copyOf).toList();
    answers = List.copyOf(answers);
    heldInterviews = List.copyOf(heldInterviews);
    settledObjections = List.copyOf(settledObjections);
    plansAgreed = List.copyOf(plansAgreed);
  }

  /** Derives the interview facts of each of the employee's evaluations, in their order. */
  static InterviewFacts derive(Givens givens) {
    List<Appeal> appeals = givens.index().appeals(givens.employee().id());
    List<List<Deadline>> deadlines = new ArrayList<>();
    List<ObjectionAnswer> answers = new ArrayList<>();
    List<HeldInterview> held = new ArrayList<>();
    List<ObjectionsSettled> settled = new ArrayList<>();
    List<PlanAgreedAtInterview> agreed = new ArrayList<>();
    for (Evaluation evaluation : givens.index().evaluations(givens.employee().id())) {
      deadlines.add(deadlines(givens, evaluation, appeals, answers));
      for (Interview interview : givens.index().interviews(evaluation.id())) {
        if (interview.startedAt().isPresent() && interview.endedAt().isPresent()) {
          LocalDateTime started = interview.startedAt().get();
          long minutes = ChronoUnit.MINUTES.between(started, interview.endedAt().get());
          boolean shorter = interview.plannedMinutes().map(planned -> minutes < planned).orElse(true);
          held.add(new HeldInterview(interview.id(), started, minutes, shorter));
        }
        settledAt(interview, appeals).ifPresent(at -> settled.add(new ObjectionsSettled(interview.id(), at)));
        planAgreedAt(givens, evaluation, interview).ifPresent(agreed::add);
      }
    }
    return new InterviewFacts(deadlines, answers, held, settled, agreed);
  }

  /** An evaluation's interview deadline (when due), then each interview's notice, objection responses and result confirmation. */
  private static List<Deadline> deadlines(Givens givens, Evaluation evaluation, List<Appeal> appeals, List<ObjectionAnswer> answers) {
    WorkingCalendar calendar = givens.calendar();
    LocalDateTime asOf = givens.asOf();
    int responseDays = givens.policy().objectionResponseDays();
    List<Deadline> deadlines = new ArrayList<>();
    Deadline interviewBy = Deadline.onDay(DeadlineKind.INTERVIEW, evaluation.id(),
        calendar.deadline(evaluation.scoredAt().toLocalDate(), givens.policy().interviewWithinDays()), asOf);
    if (givens.isDue(interviewBy)) {
      deadlines.add(interviewBy);
    }
    for (Interview interview : givens.index().interviews(evaluation.id())) {
      deadlines.add(Deadline.atMoment(DeadlineKind.NOTICE, interview.id(),
          interview.scheduledAt().minusHours(givens.policy().noticeHours()), asOf));
      for (Objection objection : interview.objections()) {
        deadlines.add(Deadline.onDay(DeadlineKind.OBJECTION_RESPONSE, objection.id(),
            calendar.deadline(objection.raisedAt().toLocalDate(), responseDays), asOf));
        answer(objection, appeals).ifPresent(answers::add);
      }
      settledAt(interview, appeals).ifPresent(settled -> deadlines.add(Deadline.onDay(DeadlineKind.RESULT_CONFIRMATION,
          interview.id(), calendar.deadline(settled.toLocalDate(), responseDays), asOf)));
    }
    return deadlines;
  }

  /**
   * When every objection of an interview was settled, once every one is resolved or withdrawn (INT-07):
   * at its answer, and for one the employee took to appeal no earlier than that appeal ended (the
   * decision told to the employee, else taken; the filing, for an appeal withdrawn). An HRIS that marks
   * the objection resolved once the appeal amended the result has not settled it with the evaluator's
   * earlier reply, so the signature is due from the decision, not from that reply. Not settled while
   * such an appeal is pending.
   */
  private static Optional<LocalDateTime> settledAt(Interview interview, List<Appeal> appeals) {
    Optional<LocalDateTime> answered = interview.objectionsSettledAt();
    if (answered.isEmpty()) {
      return answered;
    }
    LocalDateTime last = answered.get();
    for (Objection objection : interview.objections()) {
      for (Appeal appeal : appeals) {
        if (!appeal.isOn(objection.id())) {
          continue;
        }
        Optional<LocalDateTime> ended = switch (appeal.status()) {
          case PENDING -> Optional.empty();
          case DECIDED -> appeal.decision().map(d -> d.communicatedAt().orElse(d.at()));
          case WITHDRAWN -> Optional.of(appeal.filedAt());
        };
        if (ended.isEmpty()) {
          return Optional.empty();
        }
        last = ended.get().isAfter(last) ? ended.get() : last;
      }
    }
    return Optional.of(last);
  }

  /** The plan agreed at an interview that took place: named by it and agreed with the employee (INT-08's fact). */
  private static Optional<PlanAgreedAtInterview> planAgreedAt(Givens givens, Evaluation evaluation, Interview interview) {
    if (!interview.tookPlace() || interview.improvementPlan().isEmpty()) {
      return Optional.empty();
    }
    PlanId named = interview.improvementPlan().get();
    return givens.index().plans(evaluation.employee()).stream()
        .filter(plan -> plan.id().equals(named) && plan.agreedAt().isPresent())
        .findFirst()
        .map(plan -> new PlanAgreedAtInterview(evaluation.id(), interview.id(), plan.id()));
  }

  /**
   * The first answer to an objection: the evaluator's response or an appeal filed on it, whichever
   * came first (APL-01 reads an escalated objection as answered by its appeal).
   */
  private static Optional<ObjectionAnswer> answer(Objection objection, List<Appeal> appeals) {
    Optional<ObjectionAnswer> answer = objection.response()
        .map(response -> new ObjectionAnswer(objection.id(), response.at(), Optional.empty()));
    for (Appeal appeal : appeals) {
      if (appeal.isOn(objection.id()) && answer.map(a -> appeal.filedAt().isBefore(a.at())).orElse(true)) {
        answer = Optional.of(new ObjectionAnswer(objection.id(), appeal.filedAt(), Optional.of(appeal.id())));
      }
    }
    return answer;
  }
}
