package io.perfcomm.core.process;

import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.EffectivePolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived facts of one employee's cycle, computed once from the cycle, the period, the policy in
 * force for the employee's department and the moment {@code asOf}: the employee's span in the
 * period, the weeks of the period cut to it, every deadline that is due, the targets and weights in
 * effect, the shortfalls, coaching, the month-end summaries, a new relationship, the disputed results
 * and the improvement plans to follow up or complete. The rule sheets, the agendas, the generator and
 * {@code Scenario} read these values; none works them out again.
 *
 * <p>Each management system's facts come from its own deriver (see the package description); this
 * class composes them and keeps the order in which the rule sheets have always been given them.
 */
public final class EmployeeProcess {

  /** The last days of the employee's span in which a month-end summary (月底总结) counts (DOMAIN.md §6.2 EVA-07). */
  public static final int SUMMARY_DAYS = EvaluationFacts.SUMMARY_DAYS;

  private final Period period;
  private final WorkingCalendar calendar;
  private final Span span;
  private final ObjectivesFacts objectives;
  private final CommunicationFacts communication;
  private final EvaluationFacts evaluation;
  private final InterviewFacts interview;
  private final AppealFacts appeal;
  private final ApplicationFacts application;
  private final List<Deadline> deadlines;
  private final List<Window> windows;
  private final Optional<OnLeaveAllPeriod> onLeaveAllPeriod;

  private EmployeeProcess(CycleIndex index, Person employee, EffectivePolicy policy, LocalDateTime asOf) {
    this.period = index.cycle().period();
    this.calendar = calendar(policy).withLeave(index.absences(employee.id()));
    this.span = Span.of(period, employee);
    Givens givens = new Givens(index, employee, period, policy, calendar, span, asOf);
    this.objectives = ObjectivesFacts.derive(givens);
    this.communication = CommunicationFacts.derive(givens);
    this.evaluation = EvaluationFacts.derive(givens);
    this.interview = InterviewFacts.derive(givens);
    this.appeal = AppealFacts.derive(givens, communication.coaching(), evaluation.summaries(), evaluation.shortfalls());
    this.application = ApplicationFacts.derive(givens, interview.plansAgreed(), evaluation.shortfalls());
    // The deadlines in the order the rule sheets have always been given them: the period's, then each
    // evaluation's interview and application deadlines, then each appeal's.
    List<Deadline> all = new ArrayList<>(objectives.deadlines());
    all.addAll(evaluation.deadlines());
    for (int i = 0; i < interview.deadlines().size(); i++) {
      all.addAll(interview.deadlines().get(i));
      all.addAll(application.deadlines().get(i));
    }
    all.addAll(appeal.deadlines());
    this.deadlines = List.copyOf(all);
    List<Window> windows = new ArrayList<>(objectives.windows());
    windows.addAll(evaluation.windows());
    this.windows = List.copyOf(windows);
    this.onLeaveAllPeriod = givens.onLeaveAllSpan()
        ? Optional.of(new OnLeaveAllPeriod(employee.id(), span.first(), span.last(), index.absences(employee.id()).stream()
            .filter(a -> !a.to().isBefore(span.first()) && !a.from().isAfter(span.last())).map(Absence::id).sorted()
            .toList()))
        : Optional.empty();
  }

  /**
   * {@return the process of one employee}
   *
   * @param index the cycle's index
   * @param employee the employee, a person of the cycle
   * @param policy the policy in force in the employee's department
   * @param asOf the moment of the check
   */
  public static EmployeeProcess of(CycleIndex index, Person employee, EffectivePolicy policy, LocalDateTime asOf) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    return new EmployeeProcess(index, employee, policy, asOf);
  }

  /**
   * {@return the company calendar a policy sets, counting deadlines its way}
   *
   * @param policy the policy
   */
  public static WorkingCalendar calendar(EffectivePolicy policy) {
    return WorkingCalendar.of(policy.calendar(), policy.dayCount());
  }

  /**
   * {@return the period's last day the company works on; the period's last day when it works on none}
   *
   * @param period the period
   * @param calendar the calendar
   */
  public static LocalDate lastWorkingDay(Period period, WorkingCalendar calendar) {
    return calendar.onOrPreviousWorkingDay(period.end(), period.start());
  }

  /** {@return the company calendar with this employee's leave} */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** {@return the employee's span in the period: joining, leaving (DOMAIN.md §6.1)} */
  public Span span() {
    return span;
  }

  /** {@return the weeks of the period as the employee lived them} */
  public List<Week> weeks() {
    return communication.weeks();
  }

  /** {@return every deadline of the employee's cycle} */
  public List<Deadline> deadlines() {
    return deadlines;
  }

  /**
   * {@return the deadline of a kind for a record, if the record has one}
   *
   * @param kind the kind
   * @param subject the id of the record the deadline is for
   */
  public Optional<Deadline> deadline(DeadlineKind kind, io.perfcomm.core.Id<?> subject) {
    return deadlines.stream().filter(d -> d.kind() == kind && d.subject().equals(subject)).findFirst();
  }

  /**
   * {@return the period's deadline of a kind (confirmation, scoring)}
   *
   * @param kind the kind
   */
  public Deadline deadline(DeadlineKind kind) {
    return deadline(kind, period.id()).orElseThrow(() -> new IllegalArgumentException(kind + " is not a period deadline"));
  }

  /** {@return the windows in which the indicator talk and the scoring count} */
  public List<Window> windows() {
    return windows;
  }

  /**
   * {@return the window of a kind}
   *
   * @param kind the kind
   */
  public Window window(Window.Kind kind) {
    return windows.stream().filter(w -> w.kind() == kind).findFirst().orElseThrow();
  }

  /** {@return the indicators with their targets and weights in effect at the end of the period} */
  public List<IndicatorInEffect> indicators() {
    return objectives.indicators();
  }

  /** {@return the total weight of each sheet in each stretch of the period} */
  public List<SheetWeights> sheetWeights() {
    return objectives.sheetWeights();
  }

  /** {@return the indicators missed in each evaluation} */
  public List<Shortfall> shortfalls() {
    return evaluation.shortfalls();
  }

  /** {@return the relationship new this period, if it is} */
  public Optional<NewRelationship> newRelationship() {
    return communication.newRelationship();
  }

  /** {@return the evaluations whose result is disputed} */
  public List<DisputedResult> disputes() {
    return appeal.disputes();
  }

  /** {@return the earlier periods' plans this period must follow up} */
  public List<PlanFollowUp> followUps() {
    return application.followUps();
  }

  /** {@return the actions of open plans overdue at {@code asOf}} */
  public List<OverdueAction> overdueActions() {
    return application.overdueActions();
  }

  /** {@return who determined each task-level indicator of the employee's sheets (OBJ-05)} */
  public List<TaskDetermination> determinations() {
    return objectives.determinations();
  }

  /** {@return what each score of each evaluation cites, and which of it is evidence of the period} */
  public List<ScoreEvidence> scoreEvidence() {
    return evaluation.scoreEvidence();
  }

  /** {@return what each evaluation cites from inside the period} */
  public List<PeriodEvidence> periodEvidence() {
    return evaluation.periodEvidence();
  }

  /** {@return the interviews held with start and end recorded, and how long each lasted} */
  public List<HeldInterview> heldInterviews() {
    return interview.heldInterviews();
  }

  /** {@return the interviews whose objections are all settled, with the last settlement} */
  public List<ObjectionsSettled> settledObjections() {
    return interview.settledObjections();
  }

  /** {@return the improvement plans agreed at a result interview that took place} */
  public List<PlanAgreedAtInterview> plansAgreed() {
    return interview.plansAgreed();
  }

  /** {@return the first answer each answered objection got} */
  public List<ObjectionAnswer> objectionAnswers() {
    return interview.answers();
  }

  /** {@return the standard-process records of each live disputed result (APL-05)} */
  public List<StandardProcessRecords> standardProcessRecords() {
    return appeal.processRecords();
  }

  /** {@return the month-end summaries that count for each evaluation} */
  public List<PeriodSummary> periodSummaries() {
    return evaluation.summaries();
  }

  /** {@return the month-end summaries on hand at asOf, for an employee not scored yet} */
  public List<SummaryOnHand> summariesOnHand() {
    return evaluation.summariesOnHand();
  }

  /** {@return the coaching during the period: DAILY communications inside the span} */
  public List<Coaching> coaching() {
    return communication.coaching();
  }

  /** {@return what each of this period's improvement plans lacks, for those that lack something (APP-02)} */
  public List<PlanGaps> planGaps() {
    return application.planGaps();
  }

  /** {@return that the employee was on leave every working day of their span, if they were} */
  public Optional<OnLeaveAllPeriod> onLeaveAllPeriod() {
    return onLeaveAllPeriod;
  }

  /** {@return every derived fact, as the rule sheets take them} */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>(communication.weeks().size() + deadlines.size() + objectives.indicators().size() + 8);
    facts.add(span);
    onLeaveAllPeriod.ifPresent(facts::add);
    facts.addAll(communication.weeks());
    facts.addAll(deadlines);
    facts.addAll(windows);
    facts.addAll(objectives.indicators());
    facts.addAll(objectives.sheetWeights());
    facts.addAll(evaluation.shortfalls());
    communication.newRelationship().ifPresent(facts::add);
    facts.addAll(appeal.disputes());
    facts.addAll(appeal.processRecords());
    facts.addAll(application.followUps());
    facts.addAll(application.overdueActions());
    facts.addAll(objectives.determinations());
    facts.addAll(evaluation.summaries());
    facts.addAll(evaluation.summariesOnHand());
    facts.addAll(communication.coaching());
    facts.addAll(application.planGaps());
    facts.addAll(evaluation.scoreEvidence());
    facts.addAll(evaluation.periodEvidence());
    facts.addAll(interview.heldInterviews());
    facts.addAll(interview.settledObjections());
    facts.addAll(interview.plansAgreed());
    facts.addAll(interview.answers());
    return facts;
  }
}
