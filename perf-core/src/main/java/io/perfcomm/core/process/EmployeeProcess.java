package io.perfcomm.core.process;

import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Period;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.policy.EffectivePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.interview.PlanId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The derived facts of one employee's cycle, computed once from the cycle, the period, the policy in
 * force for the employee's department and the moment {@code asOf}: the employee's span in the
 * period, the weeks of the period cut to it, every deadline that is due, the targets and weights in
 * effect, the shortfalls, coaching, the month-end summaries, a new relationship, the disputed results
 * and the improvement plans to follow up or complete. The rule sheets, the agendas, the generator and
 * {@code Scenario} read these values; none works them out again.
 */
public final class EmployeeProcess {

  /** The last days of the employee's span in which a month-end summary (月底总结) counts (DOMAIN.md §6.2 EVA-07). */
  public static final int SUMMARY_DAYS = 7;

  private final Period period;
  private final EffectivePolicy policy;
  private final WorkingCalendar calendar;
  private final LocalDateTime asOf;
  private final Span span;
  private final List<Week> weeks;
  private final List<Deadline> deadlines = new ArrayList<>();
  private final List<Window> windows = new ArrayList<>();
  private final List<IndicatorInEffect> indicators = new ArrayList<>();
  private final List<SheetWeights> sheetWeights = new ArrayList<>();
  private final List<Shortfall> shortfalls = new ArrayList<>();
  private final List<DisputedResult> disputes = new ArrayList<>();
  private final List<StandardProcessRecords> processRecords = new ArrayList<>();
  private final List<PlanFollowUp> followUps = new ArrayList<>();
  private final List<OverdueAction> overdueActions = new ArrayList<>();
  private final List<TaskDetermination> determinations = new ArrayList<>();
  private final List<ObjectionAnswer> answers = new ArrayList<>();
  private final List<PeriodSummary> summaries = new ArrayList<>();
  private final List<SummaryOnHand> summariesOnHand = new ArrayList<>();
  private final List<Coaching> coaching = new ArrayList<>();
  private final List<PlanGaps> planGaps = new ArrayList<>();
  private final Optional<NewRelationship> newRelationship;
  private final List<ScoreEvidence> scoreEvidence = new ArrayList<>();
  private final List<PeriodEvidence> periodEvidence = new ArrayList<>();
  private final List<HeldInterview> heldInterviews = new ArrayList<>();
  private final List<ObjectionsSettled> settledObjections = new ArrayList<>();
  private final List<PlanAgreedAtInterview> plansAgreed = new ArrayList<>();

  private EmployeeProcess(CycleIndex index, Person employee, EffectivePolicy policy, LocalDateTime asOf) {
    this.period = index.cycle().period();
    this.policy = policy;
    this.asOf = asOf;
    this.calendar = calendar(policy).withLeave(index.absences(employee.id()));
    this.span = Span.of(period, employee);
    boolean key = employee.position().flatMap(index.cycle()::position).map(p -> p.key()).orElse(false);
    this.weeks = weeks(period, span, calendar, asOf, policy.minWorkingDaysPerWeek(),
        key ? Optional.of(employee.positionSince().orElse(period.start())) : Optional.empty());
    this.newRelationship = newRelationship(employee, period);
    periodDeadlines();
    for (IndicatorSheet sheet : index.sheets(employee.id())) {
      inEffect(sheet, index.changes(sheet.id()));
      determinations(index, employee, sheet);
    }
    List<Appeal> appeals = index.appeals(employee.id());
    for (Evaluation evaluation : index.evaluations(employee.id())) {
      evaluation(index, evaluation, appeals);
    }
    for (Appeal appeal : appeals) {
      add(Deadline.onDay(DeadlineKind.APPEAL_DECISION, appeal.id(),
          calendar.deadline(appeal.filedAt().toLocalDate(), policy.appealDecisionDays()), asOf));
      payAdjustment(appeal).ifPresent(this::add);
    }
    for (ImprovementPlan plan : index.plans(employee.id())) {
      plan(plan);
    }
    summariesOnHand(index, employee);
    coaching(index, employee);
    for (Evaluation evaluation : index.evaluations(employee.id())) {
      evidence(index, evaluation);
      interviews(index, evaluation);
    }
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
   * The confirmation and scoring deadlines and their windows, in the employee's span: the steps of the
   * period start are due from a new hire's first day (DOMAIN.md §6.1), and scoring opens on the
   * span's last working day.
   */
  private void periodDeadlines() {
    LocalDate confirmation = calendar.deadline(span.first(), policy.confirmationDeadlineDays());
    Deadline confirm = Deadline.onDay(DeadlineKind.CONFIRMATION, period.id(), confirmation, asOf);
    addIfDue(confirm);
    windows.add(new Window(Window.Kind.INDICATOR_TALK,
        confirmation.minusDays(policy.indicatorTalkWindowDays()).atStartOfDay(), confirm.closesAt()));
    Deadline scoring = Deadline.onDay(DeadlineKind.SCORING, period.id(),
        calendar.deadline(period.end(), policy.scoringDeadlineDays()), asOf);
    addIfDue(scoring);
    windows.add(new Window(Window.Kind.SCORING, lastWorkingDay(span, calendar).atStartOfDay(), scoring.closesAt()));
    if (policy.lastMinuteEvidenceDays() > 0) {
      windows.add(new Window(Window.Kind.LAST_MINUTE_EVIDENCE,
          span.last().minusDays(policy.lastMinuteEvidenceDays() - 1L).atStartOfDay(), span.endsAt()));
    }
    windows.add(new Window(Window.Kind.SUMMARY, summaryFrom().atStartOfDay(), scoring.closesAt()));
  }

  /** The first day a month-end summary counts from: the last {@value #SUMMARY_DAYS} days of the span. */
  private LocalDate summaryFrom() {
    return span.last().minusDays(SUMMARY_DAYS - 1);
  }

  /** The span's last day the company works on; its last day when it works on none. */
  static LocalDate lastWorkingDay(Span span, WorkingCalendar calendar) {
    return calendar.onOrPreviousWorkingDay(span.last(), span.first());
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

  private void inEffect(IndicatorSheet sheet, List<IndicatorChange> changes) {
    List<IndicatorChange> inForce = changes.stream()
        .filter(c -> !c.effectiveFrom().isAfter(period.end()))
        .sorted(Comparator.comparing(IndicatorChange::effectiveFrom).thenComparing(IndicatorChange::changedAt))
        .toList();
    for (Indicator indicator : sheet.indicators()) {
      String target = indicator.target();
      double weight = indicator.weight();
      Optional<ChangeId> changedBy = Optional.empty();
      for (IndicatorChange change : inForce) {
        if (change.indicator().equals(indicator.id()) && (change.newTarget().isPresent() || change.newWeight().isPresent())) {
          target = change.newTarget().orElse(target);
          weight = change.newWeight().orElse(weight);
          changedBy = Optional.of(change.id());
        }
      }
      indicators.add(new IndicatorInEffect(sheet.id(), indicator.id(), target, weight, changedBy));
    }
    TreeSet<LocalDate> stretches = new TreeSet<>();
    stretches.add(period.start());
    inForce.stream().filter(c -> c.newWeight().isPresent())
        .map(c -> c.effectiveFrom().isBefore(period.start()) ? period.start() : c.effectiveFrom())
        .forEach(stretches::add);
    for (LocalDate from : stretches) {
      // Summed as decimals, so 60 + 39.99 is exactly 99.99 and off by exactly 0.01, as a person adding
      // the sheet up expects (binary doubles make it off by 0.0100000000000051 and fail a 0.01 tolerance).
      BigDecimal total = BigDecimal.ZERO;
      for (Indicator indicator : sheet.indicators()) {
        double weight = indicator.weight();
        for (IndicatorChange change : inForce) {
          if (change.indicator().equals(indicator.id()) && change.newWeight().isPresent() && !change.effectiveFrom().isAfter(from)) {
            weight = change.newWeight().get();
          }
        }
        total = total.add(BigDecimal.valueOf(weight));
      }
      sheetWeights.add(new SheetWeights(sheet.id(), from, total.doubleValue(),
          total.subtract(BigDecimal.valueOf(100)).abs().doubleValue()));
    }
  }

  /**
   * OBJ-05's facts: who determined each task-level indicator, and whether that was the evaluator of
   * record at the time. The determination is dated by the approval, else by the signature: it came no
   * later than either.
   */
  private void determinations(CycleIndex index, Person employee, IndicatorSheet sheet) {
    Optional<LocalDateTime> since = employee.evaluatorSince().map(LocalDate::atStartOfDay);
    for (Indicator indicator : sheet.indicators()) {
      if (indicator.level() != IndicatorLevel.TASK
          || indicator.determinedBy().isEmpty() && indicator.approvedBy().isEmpty() && indicator.approvedAt().isEmpty()) {
        continue;
      }
      Optional<PersonId> by = indicator.determinedBy().or(indicator::approvedBy);
      Optional<LocalDateTime> at = indicator.approvedAt().or(sheet::confirmedAt);
      boolean before = since.isPresent() && at.filter(t -> t.isBefore(since.get())).isPresent();
      boolean leader = by.flatMap(index.cycle()::person).map(p -> p.effectiveRoles().contains(Role.LEADER)).orElse(false);
      determinations.add(new TaskDetermination(sheet.id(), indicator.id(), by, indicator.determinedBy().isEmpty(),
          by.isPresent() && by.equals(employee.evaluator()), before, leader));
    }
  }

  private void evaluation(CycleIndex index, Evaluation evaluation, List<Appeal> appeals) {
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    for (Score score : evaluation.scores()) {
      if (!score.targetMet()) {
        shortfalls.add(new Shortfall(evaluation.id(), score.indicator()));
      }
    }
    addIfDue(Deadline.onDay(DeadlineKind.INTERVIEW, evaluation.id(), calendar.deadline(scored, policy.interviewWithinDays()), asOf));
    List<Objection> raised = new ArrayList<>();
    for (Interview interview : index.interviews(evaluation.id())) {
      add(Deadline.atMoment(DeadlineKind.NOTICE, interview.id(), interview.scheduledAt().minusHours(policy.noticeHours()), asOf));
      for (Objection objection : interview.objections()) {
        raised.add(objection);
        add(Deadline.onDay(DeadlineKind.OBJECTION_RESPONSE, objection.id(),
            calendar.deadline(objection.raisedAt().toLocalDate(), policy.objectionResponseDays()), asOf));
        answer(objection, appeals).ifPresent(answers::add);
      }
      interview.objectionsSettledAt().ifPresent(settled -> add(Deadline.onDay(DeadlineKind.RESULT_CONFIRMATION,
          interview.id(), calendar.deadline(settled.toLocalDate(), policy.objectionResponseDays()), asOf)));
    }
    List<Appeal> onIt = appeals.stream().filter(a -> a.evaluation().equals(evaluation.id())).toList();
    addIfDue(applicationDeadline(evaluation, onIt));
    summaries(index, evaluation);
    if (!raised.isEmpty() || !onIt.isEmpty()) {
      boolean live = DisputedResult.isLive(raised, onIt, asOf);
      disputes.add(new DisputedResult(evaluation.id(), raised.size(), onIt.size(), onIt.stream().anyMatch(a -> a.isPendingAt(asOf)), live));
      if (live) {
        processRecords.add(StandardProcessRecords.of(index, evaluation, period, policy, summaries));
      }
    }
    for (ResultApplication application : index.applications(evaluation.id())) {
      if (needsTalk(index, evaluation, application)) {
        addIfDue(Deadline.onDay(DeadlineKind.APPLICATION_TALK, application.id(),
            calendar.deadline(application.appliedAt().toLocalDate(), policy.applicationTalkWithinDays()), asOf));
      }
    }
  }

  /**
   * APP-01's deadline: {@code applicationWithinDays} after scoring, paused for the whole days an appeal
   * on the evaluation was pending; while one is still pending at {@code asOf} it cannot have passed.
   */
  private Deadline applicationDeadline(Evaluation evaluation, List<Appeal> appeals) {
    long paused = 0;
    boolean pending = false;
    for (Appeal appeal : appeals) {
      if (appeal.isPendingAt(asOf)) {
        pending = true;
      }
      LocalDate filed = appeal.filedAt().toLocalDate();
      LocalDate ended = appeal.decision().map(d -> d.at().toLocalDate()).orElse(filed);
      if (appeal.decision().isPresent() && !filed.isBefore(evaluation.scoredAt().toLocalDate())) {
        paused += ChronoUnit.DAYS.between(filed, ended);
      }
    }
    LocalDate day = calendar.deadline(evaluation.scoredAt().toLocalDate().plusDays(paused), policy.applicationWithinDays());
    Deadline deadline = Deadline.onDay(DeadlineKind.APPLICATION, evaluation.id(), day, asOf);
    return pending ? new Deadline(deadline.kind(), deadline.subject(), deadline.day(), deadline.closesAt(), false) : deadline;
  }

  /**
   * APL-03's adjustment under {@code payDuringAppeal} PAY_AND_ADJUST: pay went ahead on the current
   * result, so a decision that amends it (taken by {@code asOf}) needs pay settled again within
   * {@code applicationWithinDays} of the decision (DOMAIN.md §6.2).
   */
  private Optional<Deadline> payAdjustment(Appeal appeal) {
    if (policy.holdsPayDuringAppeal()) {
      return Optional.empty();
    }
    return appeal.decision()
        .filter(d -> d.outcome() == io.perfcomm.core.appeal.DecisionOutcome.AMENDED && !d.at().isAfter(asOf))
        .map(d -> Deadline.onDay(DeadlineKind.PAY_ADJUSTMENT, appeal.id(),
            calendar.deadline(d.at().toLocalDate(), policy.applicationWithinDays()), asOf));
  }

  /**
   * COM-06's reading: an application with anything applied needs its talk, except one that only
   * applies an improvement plan already agreed at the result interview, where it was communicated.
   */
  private static boolean needsTalk(CycleIndex index, Evaluation evaluation, ResultApplication application) {
    if (!application.appliesSomething()) {
      return false;
    }
    if (application.onlyImprovementPlan()) {
      return index.interviews(evaluation.id()).stream().noneMatch(i -> planAgreedAt(index, evaluation, i).isPresent());
    }
    return true;
  }

  /** The plan agreed at an interview that took place: named by it and agreed with the employee (INT-08's fact). */
  private static Optional<PlanAgreedAtInterview> planAgreedAt(CycleIndex index, Evaluation evaluation, Interview interview) {
    if (!interview.tookPlace() || interview.improvementPlan().isEmpty()) {
      return Optional.empty();
    }
    PlanId named = interview.improvementPlan().get();
    return index.plans(evaluation.employee()).stream()
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

  /** The month-end summaries that count for an evaluation (EVA-07, APL-05, the agendas). */
  private void summaries(CycleIndex index, Evaluation evaluation) {
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    for (EvidenceRecord record : index.records(evaluation.employee())) {
      if (isMonthEndSummary(record, scored)) {
        summaries.add(new PeriodSummary(record.id(), evaluation.id(), record.date()));
      }
    }
  }

  /** The month-end summaries on hand at {@code asOf} (EVA-07 before scoring). */
  private void summariesOnHand(CycleIndex index, Person employee) {
    for (EvidenceRecord record : index.records(employee.id())) {
      if (isMonthEndSummary(record, asOf.toLocalDate())) {
        summariesOnHand.add(new SummaryOnHand(record.id(), record.date()));
      }
    }
  }

  /**
   * What a month-end summary (月底总结) is, once: a SUMMARY record dated from the last {@value
   * #SUMMARY_DAYS} days of the span to {@code until} (the scoring day, or {@code asOf}).
   */
  private boolean isMonthEndSummary(EvidenceRecord record, LocalDate until) {
    return record.kind() == RecordKind.SUMMARY && !record.date().isBefore(summaryFrom()) && !record.date().isAfter(until);
  }

  /** Coaching during the period (考中辅导): the DAILY communications inside the span. */
  private void coaching(CycleIndex index, Person employee) {
    for (Communication talk : index.communications(employee.id())) {
      if (talk.type() == CommunicationType.DAILY && span.contains(talk.at().toLocalDate())) {
        coaching.add(new Coaching(talk.id(), talk.at(), talk.indicators()));
      }
    }
  }

  private void plan(ImprovementPlan plan) {
    if (plan.period().equals(period.id())) {
      PlanGaps.of(plan, shortfalls.size()).ifPresent(planGaps::add);
    }
    if (!plan.period().equals(period.id()) && plan.isOpenAt(period.startsAt())
        && plan.agreedAt().map(agreed -> agreed.isBefore(period.endsAt())).orElse(true)) {
      followUps.add(new PlanFollowUp(plan.id()));
    }
    if (plan.isOpenAt(asOf)) {
      LocalDate today = asOf.toLocalDate();
      List<PlanAction> actions = plan.actions();
      for (int i = 0; i < actions.size(); i++) {
        if (actions.get(i).isOverdueOn(today)) {
          overdueActions.add(new OverdueAction(plan.id(), i, actions.get(i).due().get()));
        }
      }
    }
  }

  /**
   * The weeks of the period as the employee lived them: each cut to the span (weeks outside it left
   * out) and judged when it holds at least {@code minDays} of their working days; for a key position,
   * counted from the day they took it.
   */
  private static List<Week> weeks(Period period, Span span, WorkingCalendar calendar, LocalDateTime asOf, int minDays,
      Optional<LocalDate> keySince) {
    List<Week> weeks = new ArrayList<>();
    List<PeriodWeeks.DateRange> ranges = PeriodWeeks.of(period);
    for (int i = 0; i < ranges.size(); i++) {
      PeriodWeeks.DateRange range = ranges.get(i);
      LocalDate first = later(range.first(), span.first());
      LocalDate last = range.last().isAfter(span.last()) ? span.last() : range.last();
      if (last.isBefore(first)) {
        continue;
      }
      LocalDateTime startsAt = first.atStartOfDay();
      LocalDateTime endsAt = last.plusDays(1).atStartOfDay();
      int workingDays = calendar.workingDaysBetween(first, last);
      LocalDateTime keyFrom = endsAt;
      boolean keyJudged = false;
      if (keySince.isPresent() && !keySince.get().isAfter(last)) {
        LocalDate from = later(keySince.get(), first);
        keyFrom = from.atStartOfDay();
        keyJudged = PeriodWeeks.judged(calendar, new PeriodWeeks.DateRange(from, last), minDays);
      }
      weeks.add(new Week(i + 1, first, last, startsAt, endsAt, !asOf.isBefore(endsAt),
          !asOf.isBefore(startsAt) && asOf.isBefore(endsAt), workingDays,
          PeriodWeeks.judged(calendar, new PeriodWeeks.DateRange(first, last), minDays), keyFrom, keyJudged));
    }
    return List.copyOf(weeks);
  }

  private static LocalDate later(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  /** The relationship new this period: a hire, a new evaluator or a new position inside the period, from the earliest. */
  private static Optional<NewRelationship> newRelationship(Person person, Period period) {
    Optional<LocalDate> hiredOn = person.hiredOn().filter(period::contains);
    Optional<LocalDate> evaluatorSince = person.evaluatorSince().filter(period::contains);
    Optional<LocalDate> positionSince = person.positionSince().filter(period::contains);
    Optional<LocalDate> since = java.util.stream.Stream.of(hiredOn, evaluatorSince, positionSince)
        .flatMap(Optional::stream).min(Comparator.naturalOrder());
    return since.map(day -> new NewRelationship(person.id(), day, evaluatorSince.isPresent() || hiredOn.isPresent()));
  }

  private void add(Deadline deadline) {
    deadlines.add(deadline);
  }

  /**
   * A deadline of a step the employee owes or is owed while with the organisation: one that falls
   * after their last working day is not due (DOMAIN.md §6.1), and is left out.
   */
  private void addIfDue(Deadline deadline) {
    if (span.isDueOn(deadline.day())) {
      deadlines.add(deadline);
    }
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
    return weeks;
  }

  /** {@return every deadline of the employee's cycle} */
  public List<Deadline> deadlines() {
    return List.copyOf(deadlines);
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
    return List.copyOf(windows);
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
    return List.copyOf(indicators);
  }

  /** {@return the total weight of each sheet in each stretch of the period} */
  public List<SheetWeights> sheetWeights() {
    return List.copyOf(sheetWeights);
  }

  /** {@return the indicators missed in each evaluation} */
  public List<Shortfall> shortfalls() {
    return List.copyOf(shortfalls);
  }

  /** {@return the relationship new this period, if it is} */
  public Optional<NewRelationship> newRelationship() {
    return newRelationship;
  }

  /** {@return the evaluations whose result is disputed} */
  public List<DisputedResult> disputes() {
    return List.copyOf(disputes);
  }

  /** {@return the earlier periods' plans this period must follow up} */
  public List<PlanFollowUp> followUps() {
    return List.copyOf(followUps);
  }

  /** {@return the actions of open plans overdue at {@code asOf}} */
  public List<OverdueAction> overdueActions() {
    return List.copyOf(overdueActions);
  }

  /** {@return who determined each task-level indicator of the employee's sheets (OBJ-05)} */
  public List<TaskDetermination> determinations() {
    return List.copyOf(determinations);
  }

  /**
   * EVA-01's and EVA-02's view of what an evaluation cites: each id resolved to the employee's record
   * (by its date) or communication (by the day it took place); ids of nothing of the employee's stay
   * unresolved.
   */
  private void evidence(CycleIndex index, Evaluation evaluation) {
    Map<String, EvidenceRecord> records = new HashMap<>();
    index.records(evaluation.employee()).forEach(r -> records.put(r.id().value(), r));
    Map<String, LocalDate> talks = new HashMap<>();
    index.communications(evaluation.employee()).forEach(c -> talks.put(c.id().value(), c.at().toLocalDate()));
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    for (Score score : evaluation.scores()) {
      List<EvidenceId> ofPeriod = new ArrayList<>();
      for (EvidenceId id : score.evidence()) {
        EvidenceRecord record = records.get(id.value());
        LocalDate day = dayOf(id, records, talks);
        boolean systemReport = record != null && record.kind() == RecordKind.DATA
            && day.isAfter(span.last()) && !day.isAfter(scored);
        if (day != null && (span.contains(day) || systemReport)) {
          ofPeriod.add(id);
        }
      }
      scoreEvidence.add(new ScoreEvidence(evaluation.id(), score.indicator(), score.evidence(), ofPeriod));
    }
    Set<EvidenceId> cited = new LinkedHashSet<>();
    evaluation.scores().forEach(score -> cited.addAll(score.evidence()));
    evaluation.strengths().forEach(remark -> cited.addAll(remark.evidence()));
    evaluation.weaknesses().forEach(remark -> cited.addAll(remark.evidence()));
    List<EvidenceId> inPeriod = new ArrayList<>();
    LocalDate earliest = null;
    for (EvidenceId id : cited) {
      LocalDate day = dayOf(id, records, talks);
      if (day != null && span.contains(day)) {
        inPeriod.add(id);
        earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
      }
    }
    if (earliest != null) {
      periodEvidence.add(new PeriodEvidence(evaluation.id(), inPeriod, earliest));
    }
  }

  /** The day a cited id stands for: its record's date or its communication's day; null when it names neither. */
  private static LocalDate dayOf(EvidenceId id, Map<String, EvidenceRecord> records, Map<String, LocalDate> talks) {
    EvidenceRecord record = records.get(id.value());
    return record != null ? record.date() : talks.get(id.value());
  }

    /** How each interview on the evaluation was held, whether its objections are settled, and the plan agreed at it. */
  private void interviews(CycleIndex index, Evaluation evaluation) {
    for (Interview interview : index.interviews(evaluation.id())) {
      if (interview.startedAt().isPresent() && interview.endedAt().isPresent()) {
        LocalDateTime started = interview.startedAt().get();
        long minutes = ChronoUnit.MINUTES.between(started, interview.endedAt().get());
        boolean shorter = interview.plannedMinutes().map(planned -> minutes < planned).orElse(true);
        heldInterviews.add(new HeldInterview(interview.id(), started, minutes, shorter));
      }
      interview.objectionsSettledAt().ifPresent(settled -> settledObjections.add(new ObjectionsSettled(interview.id(), settled)));
      planAgreedAt(index, evaluation, interview).ifPresent(plansAgreed::add);
    }
  }

  /** {@return what each score of each evaluation cites, and which of it is evidence of the period} */
  public List<ScoreEvidence> scoreEvidence() {
    return List.copyOf(scoreEvidence);
  }

  /** {@return what each evaluation cites from inside the period} */
  public List<PeriodEvidence> periodEvidence() {
    return List.copyOf(periodEvidence);
  }

  /** {@return the interviews held with start and end recorded, and how long each lasted} */
  public List<HeldInterview> heldInterviews() {
    return List.copyOf(heldInterviews);
  }

  /** {@return the interviews whose objections are all settled, with the last settlement} */
  public List<ObjectionsSettled> settledObjections() {
    return List.copyOf(settledObjections);
  }

  /** {@return the improvement plans agreed at a result interview that took place} */
  public List<PlanAgreedAtInterview> plansAgreed() {
    return List.copyOf(plansAgreed);
  }

  /** {@return the first answer each answered objection got} */
  public List<ObjectionAnswer> objectionAnswers() {
    return List.copyOf(answers);
  }

  /** {@return the standard-process records of each live disputed result (APL-05)} */
  public List<StandardProcessRecords> standardProcessRecords() {
    return List.copyOf(processRecords);
  }

  /** {@return the month-end summaries that count for each evaluation} */
  public List<PeriodSummary> periodSummaries() {
    return List.copyOf(summaries);
  }

  /** {@return the month-end summaries on hand at asOf, for an employee not scored yet} */
  public List<SummaryOnHand> summariesOnHand() {
    return List.copyOf(summariesOnHand);
  }

  /** {@return the coaching during the period: DAILY communications inside the span} */
  public List<Coaching> coaching() {
    return List.copyOf(coaching);
  }

  /** {@return what each of this period's improvement plans lacks, for those that lack something (APP-02)} */
  public List<PlanGaps> planGaps() {
    return List.copyOf(planGaps);
  }

  /** {@return every derived fact, as the rule sheets take them} */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>(weeks.size() + deadlines.size() + indicators.size() + 8);
    facts.add(span);
    facts.addAll(weeks);
    facts.addAll(deadlines);
    facts.addAll(windows);
    facts.addAll(indicators);
    facts.addAll(sheetWeights);
    facts.addAll(shortfalls);
    newRelationship.ifPresent(facts::add);
    facts.addAll(disputes);
    facts.addAll(processRecords);
    facts.addAll(followUps);
    facts.addAll(overdueActions);
    facts.addAll(determinations);
    facts.addAll(summaries);
    facts.addAll(summariesOnHand);
    facts.addAll(coaching);
    facts.addAll(planGaps);
    facts.addAll(scoreEvidence);
    facts.addAll(periodEvidence);
    facts.addAll(heldInterviews);
    facts.addAll(settledObjections);
    facts.addAll(plansAgreed);
    facts.addAll(answers);
    return facts;
  }
}
