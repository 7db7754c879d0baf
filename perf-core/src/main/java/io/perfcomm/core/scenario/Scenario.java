package io.perfcomm.core.scenario;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleIndex;
import io.perfcomm.core.Period;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.appeal.ApplicationId;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordId;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.evaluation.Remark;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.interview.ResourceKind;
import io.perfcomm.core.interview.ResourceSupport;
import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.organisation.PositionId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import io.perfcomm.core.training.Survey;
import java.time.LocalDate;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.AbsenceId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.process.EmployeeProcess;
import io.perfcomm.core.process.Span;
import io.perfcomm.core.process.Week;
import io.perfcomm.core.process.Window;
import io.perfcomm.core.process.WorkingCalendar;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A fluent builder of cycles for tests. Methods after {@link #employee(String)} apply to that
 * employee until the next one; everything not stated gets a sensible default (department {@code
 * D1}, an own position, evaluator {@code M1} since long ago, indicators approved by the evaluator two
 * days before the period and the sheet signed the day before).
 *
 * <pre>{@code
 * Cycle cycle = Scenario.month("2026-06")
 *     .employee("E1").keyPosition()
 *         .indicator("I1", RESULT, 100)
 *         .communication(DAILY, "2026-06-03T10:00", "I1")
 *         .scoredAt("2026-07-01T10:00")
 *     .employee("E2").followsStandardProcess()
 *     .build();
 * }</pre>
 */
public final class Scenario {

  /** The department people join unless told otherwise. */
  public static final String DEFAULT_DEPARTMENT = "D1";

  /** The evaluator employees get unless told otherwise. */
  public static final String DEFAULT_EVALUATOR = "M1";

  private final Period period;
  private LocalDateTime asOf;
  private Policy policy = Policy.defaults();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final Map<String, Person.Builder> people = new LinkedHashMap<>();
  private final Map<String, List<Indicator.Builder>> indicators = new LinkedHashMap<>();
  private final Map<String, IndicatorSheet.Builder> sheets = new LinkedHashMap<>();
  private final Map<String, Evaluation.Builder> evaluations = new LinkedHashMap<>();
  private final List<IndicatorChange> changes = new ArrayList<>();
  private final List<Communication> communications = new ArrayList<>();
  private final List<EvidenceRecord> records = new ArrayList<>();
  private final List<Interview> interviews = new ArrayList<>();
  private final List<ImprovementPlan> plans = new ArrayList<>();
  private final List<Appeal> appeals = new ArrayList<>();
  private final List<ResultApplication> applications = new ArrayList<>();
  private final List<Certification> certifications = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();
  private Optional<ZoneId> timeZone = Optional.empty();
  private String employee;

  private Scenario(Period period) {
    this.period = period;
    this.asOf = period.end().plusDays(30).atTime(18, 0);
  }

  /**
   * A scenario for one calendar month, e.g. {@code "2026-06"}.
   *
   * @param yearMonth the month, e.g. {@code 2026-06}
   * @return this scenario
   */
  public static Scenario month(String yearMonth) {
    YearMonth month = YearMonth.parse(yearMonth);
    return new Scenario(Period.of(yearMonth, month.atDay(1), month.atEndOfMonth()));
  }

  /**
   * A scenario for any period.
   *
   * @param id the period's id
   * @param start the first day, ISO (e.g. {@code 2026-06-01})
   * @param end the last day, ISO, inclusive
   * @return this scenario
   */
  public static Scenario period(String id, String start, String end) {
    return new Scenario(Period.of(id, LocalDate.parse(start), LocalDate.parse(end)));
  }

  /** {@return the period of this scenario} */
  public Period period() {
    return period;
  }

  /**
   * The moment of the check; by default 30 days after the period, at 18:00.
   *
   * @param dateTime the local date-time, ISO (e.g. {@code 2026-06-10T10:00})
   * @return this scenario
   */
  public Scenario asOf(String dateTime) {
    this.asOf = LocalDateTime.parse(dateTime);
    return this;
  }

  /**
   * The organisation's time zone, e.g. {@code "Asia/Shanghai"}.
   *
   * @param zone the zone id, e.g. {@code Asia/Shanghai}
   * @return this scenario
   */
  public Scenario timeZone(String zone) {
    this.timeZone = Optional.of(ZoneId.of(zone));
    return this;
  }

  /**
   * Policy overrides carried by the cycle.
   *
   * @param overrides sets the values to override
   * @return this scenario
   */
  public Scenario policy(Consumer<Policy.Builder> overrides) {
    Policy.Builder builder = Policy.builder().from(policy);
    overrides.accept(builder);
    this.policy = builder.build();
    return this;
  }

  /**
   * Adds a department (named as its id).
   *
   * @param id the department's id
   * @return this scenario
   */
  public Scenario department(String id) {
    departments.computeIfAbsent(id, d -> Department.builder().id(DepartmentId.of(d)).name(d).build());
    return this;
  }

  /**
   * Adds an evaluator (考核者) in the default department.
   *
   * @param id the evaluator's id
   * @return this scenario
   */
  public Scenario evaluator(String id) {
    return person(id, Role.EVALUATOR);
  }

  /**
   * Adds an HR partner.
   *
   * @param id the HR partner's id
   * @return this scenario
   */
  public Scenario hr(String id) {
    return person(id, Role.HR);
  }

  /**
   * Adds a leader in charge (分管领导).
   *
   * @param id the leader's id
   * @return this scenario
   */
  public Scenario leader(String id) {
    return person(id, Role.LEADER);
  }

  private Scenario person(String id, Role role) {
    department(DEFAULT_DEPARTMENT);
    people.computeIfAbsent(id, p -> Person.builder().id(PersonId.of(p)).name(p)
        .department(DepartmentId.of(DEFAULT_DEPARTMENT)).addRoles(role));
    return this;
  }

  /**
   * Adds an employee, or returns to one added before; the methods that follow apply to it. A new
   * employee holds its own non-key position and is evaluated by {@value #DEFAULT_EVALUATOR}.
   *
   * @param id the employee's id
   * @return this scenario
   */
  public Scenario employee(String id) {
    this.employee = id;
    if (!people.containsKey(id)) {
      evaluator(DEFAULT_EVALUATOR);
      String position = "P-" + id;
      positions.put(position, Position.builder().id(PositionId.of(position)).name(position)
          .department(DepartmentId.of(DEFAULT_DEPARTMENT)).build());
      LocalDate longAgo = period.start().minusYears(1);
      people.put(id, Person.builder().id(PersonId.of(id)).name(id)
          .department(DepartmentId.of(DEFAULT_DEPARTMENT)).addRoles(Role.EMPLOYEE)
          .position(PositionId.of(position)).evaluator(PersonId.of(DEFAULT_EVALUATOR))
          .evaluatorSince(longAgo).positionSince(longAgo));
    }
    return this;
  }

  /**
   * The employee's name (by default their id).
   *
   * @param name the person's name
   * @return this scenario
   */
  public Scenario named(String name) {
    people.get(current()).name(name);
    return this;
  }

  /**
   * The employee's position is a key position (关键岗位).
   *
   * @return this scenario
   */
  public Scenario keyPosition() {
    String position = "P-" + current();
    positions.put(position, Position.builder().from(positions.get(position)).key(true).build());
    return this;
  }

  /**
   * The employee (and their position) belong to a department, added if new.
   *
   * @param id the department's id
   * @return this scenario
   */
  public Scenario inDepartment(String id) {
    department(id);
    String position = "P-" + current();
    positions.put(position, Position.builder().from(positions.get(position)).department(DepartmentId.of(id)).build());
    people.get(current()).department(DepartmentId.of(id));
    return this;
  }

  /**
   * The employee is evaluated by another evaluator, added if new.
   *
   * @param evaluator the evaluator's id
   * @return this scenario
   */
  public Scenario evaluatedBy(String evaluator) {
    String self = current();
    evaluator(evaluator);
    people.get(self).evaluator(PersonId.of(evaluator));
    return this;
  }

  /**
   * The current evaluator relationship began on this date.
   *
   * @param date the day the relationship began (ISO date)
   * @return this scenario
   */
  public Scenario evaluatorSince(String date) {
    people.get(current()).evaluatorSince(LocalDate.parse(date));
    return this;
  }

  /**
   * The employee took the current position on this date.
   *
   * @param date the day the employee took the position (ISO date)
   * @return this scenario
   */
  public Scenario positionSince(String date) {
    people.get(current()).positionSince(LocalDate.parse(date));
    return this;
  }

  /**
   * The employee's first working day with the organisation (入职).
   *
   * @param date the day, e.g. {@code "2026-04-15"}
   * @return this scenario
   */
  public Scenario hiredOn(String date) {
    people.get(current()).hiredOn(LocalDate.parse(date));
    return this;
  }

  /**
   * The employee's last working day with the organisation (离职).
   *
   * @param date the day
   * @return this scenario
   */
  public Scenario leftOn(String date) {
    people.get(current()).leftOn(LocalDate.parse(date));
    return this;
  }

  /**
   * The last day of the employee's probation (试用期).
   *
   * @param date the day
   * @return this scenario
   */
  public Scenario probationUntil(String date) {
    people.get(current()).probationUntil(LocalDate.parse(date));
    return this;
  }

  /**
   * Adds an indicator to the employee's sheet, approved by their evaluator two days before the period.
   *
   * @param id the indicator's id
   * @param level the indicator's level
   * @param weight the weight in percent
   * @return this scenario
   */
  public Scenario indicator(String id, IndicatorLevel level, double weight) {
    return indicator(id, level, weight, i -> { });
  }

  /**
   * Adds an indicator with the defaults, then lets the test change any field.
   *
   * @param id the indicator's id
   * @param level the indicator's level
   * @param weight the weight in percent
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario indicator(String id, IndicatorLevel level, double weight, Consumer<Indicator.Builder> change) {
    sheet();
    Indicator.Builder indicator = Indicator.builder().id(IndicatorId.of(id)).name(id).level(level)
        .weight(weight).target("target of " + id).approvedBy(evaluatorOf(current()))
        .approvedAt(period.start().minusDays(2).atTime(9, 0));
    change.accept(indicator);
    indicators.get(current()).add(indicator);
    return this;
  }

  /**
   * The employee signed the sheet at this moment (by default the day before the period).
   *
   * @param dateTime the local date-time, ISO (e.g. {@code 2026-06-10T10:00})
   * @return this scenario
   */
  public Scenario signedAt(String dateTime) {
    sheet().confirmedAt(LocalDateTime.parse(dateTime));
    return this;
  }

  /**
   * The employee never signed the sheet.
   *
   * @return this scenario
   */
  public Scenario unsigned() {
    sheet().confirmedAt(java.util.Optional.empty());
    return this;
  }

  /**
   * An indicator of the employee's sheet was changed after confirmation.
   *
   * @param id the change's id
   * @param indicator the indicator's id
   * @param changedAt when the change was decided (ISO date-time)
   * @param effectiveFrom the first day the change applies (ISO date)
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario indicatorChange(String id, String indicator, String changedAt, String effectiveFrom,
      Consumer<IndicatorChange.Builder> change) {
    IndicatorChange.Builder builder = IndicatorChange.builder().id(ChangeId.of(id)).sheet(sheetId(current()))
        .indicator(IndicatorId.of(indicator)).changedAt(LocalDateTime.parse(changedAt))
        .effectiveFrom(LocalDate.parse(effectiveFrom)).description("change of " + indicator);
    change.accept(builder);
    changes.add(builder.build());
    return this;
  }

  /**
   * A communication with the employee by their evaluator, naming the indicators discussed.
   *
   * @param type the communication type
   * @param at when (ISO date-time)
   * @param indicators the indicators discussed
   * @return this scenario
   */
  public Scenario communication(CommunicationType type, String at, String... indicators) {
    return communication(type, at, c -> c.addAllIndicators(ids(indicators, IndicatorId::of)));
  }

  /**
   * A communication with the employee by their evaluator, then changed by the test.
   *
   * @param type the communication type
   * @param at when (ISO date-time)
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario communication(CommunicationType type, String at, Consumer<Communication.Builder> change) {
    Communication.Builder builder = Communication.builder()
        .id(CommunicationId.of("C-" + current() + "-" + (countFor(current()) + 1)))
        .type(type).employee(PersonId.of(current())).evaluator(evaluatorOf(current()))
        .at(LocalDateTime.parse(at));
    change.accept(builder);
    communications.add(builder.build());
    return this;
  }

  /**
   * An evidence record (daily-management record) about an indicator of the employee: a weekly report.
   *
   * @param id the record's id
   * @param indicator the indicator's id, or null for none
   * @param date the day it is dated (ISO date)
   * @return this scenario
   */
  public Scenario record(String id, String indicator, String date) {
    return record(RecordKind.WEEKLY_REPORT, id, indicator, date);
  }

  /**
   * An evidence record of a kind about an indicator of the employee.
   *
   * @param kind the kind
   * @param id the record's id
   * @param indicator the indicator's id, or null for none
   * @param date the day it is dated (ISO date)
   * @return this scenario
   */
  public Scenario record(RecordKind kind, String id, String indicator, String date) {
    records.add(EvidenceRecord.builder().id(RecordId.of(id)).employee(PersonId.of(current()))
        .indicator(IndicatorId.of(indicator)).date(LocalDate.parse(date)).kind(kind)
        .summary("record " + id).build());
    return this;
  }

  /**
   * The employee's month-end summary (月底总结), a record about no one indicator.
   *
   * @param id the summary record's id
   * @param date the day it is dated (ISO date)
   * @return this scenario
   */
  public Scenario summary(String id, String date) {
    records.add(EvidenceRecord.builder().id(RecordId.of(id)).employee(PersonId.of(current()))
        .date(LocalDate.parse(date)).kind(RecordKind.SUMMARY).summary("summary " + id).build());
    return this;
  }

  /**
   * The employee is on leave from one day to another, both included.
   *
   * @param from the first day of leave (ISO date)
   * @param to the last day of leave, inclusive (ISO date)
   * @param kind the kind
   * @return this scenario
   */
  public Scenario onLeave(String from, String to, AbsenceKind kind) {
    absences.add(Absence.builder().id(AbsenceId.of("L-" + current() + "-" + (absences.size() + 1)))
        .person(PersonId.of(current())).from(LocalDate.parse(from)).to(LocalDate.parse(to)).kind(kind).build());
    return this;
  }

  /**
   * The employee was scored at this moment by their evaluator; scores and remarks follow.
   *
   * @param dateTime the local date-time, ISO (e.g. {@code 2026-06-10T10:00})
   * @return this scenario
   */
  public Scenario scoredAt(String dateTime) {
    evaluation().scoredAt(LocalDateTime.parse(dateTime));
    return this;
  }

  /**
   * A score of one indicator, citing evidence record or communication ids.
   *
   * @param indicator the indicator's id
   * @param score the score on the rating scale
   * @param targetMet whether the target was met
   * @param evidence ids of the records or communications cited
   * @return this scenario
   */
  public Scenario score(String indicator, double score, boolean targetMet, String... evidence) {
    evaluation().addScores(Score.builder().indicator(IndicatorId.of(indicator)).score(score)
        .targetMet(targetMet).addAllEvidence(ids(evidence, EvidenceId::of)).build());
    return this;
  }

  /**
   * A strength named in the evaluation.
   *
   * @param text the strength
   * @param evidence ids of the records or communications cited
   * @return this scenario
   */
  public Scenario strength(String text, String... evidence) {
    evaluation().addStrengths(Remark.builder().text(text).addAllEvidence(ids(evidence, EvidenceId::of)).build());
    return this;
  }

  /**
   * A weakness named in the evaluation.
   *
   * @param text the weakness
   * @param evidence ids of the records or communications cited
   * @return this scenario
   */
  public Scenario weakness(String text, String... evidence) {
    evaluation().addWeaknesses(Remark.builder().text(text).addAllEvidence(ids(evidence, EvidenceId::of)).build());
    return this;
  }

  /**
   * {@return the id the employee's evaluation gets: {@code V-<employee>}}
   *
   * @param employee the employee's id
   */
  public static String evaluationIdOf(String employee) {
    return "V-" + employee;
  }

  /**
   * A result interview on the employee's evaluation, done by the book unless the test changes it:
   * notified two days ahead, 45 minutes planned and used, a private and quiet room, the purpose
   * stated, the result signed at the end.
   *
   * @param id the interview's id
   * @param scheduledAt when it is scheduled (ISO date-time)
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario interview(String id, String scheduledAt, Consumer<Interview.Builder> change) {
    LocalDateTime at = LocalDateTime.parse(scheduledAt);
    Interview.Builder builder = Interview.builder().id(InterviewId.of(id))
        .evaluation(EvaluationId.of(evaluationIdOf(current()))).notifiedAt(at.minusDays(2)).scheduledAt(at)
        .plannedMinutes(45).startedAt(at).endedAt(at.plusMinutes(45))
        .location(Location.builder().name("Meeting room 3").privateRoom(true).quiet(true).build())
        .purpose(Purpose.builder().kind(PurposeKind.RESULT_REVIEW).statement("Review the result of " + period.id()).build())
        .outcome(Outcome.builder().agreement(Agreement.SIGNED).signedAt(at.plusMinutes(45)).build());
    change.accept(builder);
    interviews.add(builder.build());
    return this;
  }

  /**
   * A result interview done by the book (see {@link #interview(String, String, Consumer)}).
   *
   * @param id the interview's id
   * @param scheduledAt when it is scheduled (ISO date-time)
   * @return this scenario
   */
  public Scenario interview(String id, String scheduledAt) {
    return interview(id, scheduledAt, i -> { });
  }

  /**
   * An improvement plan for the employee made in this period: owned by the evaluator, with a cause,
   * an action due a month after the period and training support, unless the test changes it.
   *
   * @param id the plan's id
   * @param agreedAt when the employee agreed it (ISO date-time)
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario improvementPlan(String id, String agreedAt, Consumer<ImprovementPlan.Builder> change) {
    ImprovementPlan.Builder builder = ImprovementPlan.builder().id(PlanId.of(id)).employee(PersonId.of(current()))
        .period(period.id()).agreedAt(LocalDateTime.parse(agreedAt)).owner(evaluatorOf(current()))
        .addCauses("cause of the shortfall")
        .addActions(PlanAction.builder().text("improvement action").due(period.end().plusMonths(1)).build())
        .addResources(ResourceSupport.builder().kind(ResourceKind.TRAINING).text("training course").build());
    change.accept(builder);
    plans.add(builder.build());
    return this;
  }

  /**
   * An improvement plan the employee agreed in the previous period, to be followed up in this one.
   *
   * @param id the plan's id
   * @param previousPeriod the id of the period the plan was made in
   * @return this scenario
   */
  public Scenario previousImprovementPlan(String id, String previousPeriod) {
    return improvementPlan(id, period.start().minusDays(10).atTime(10, 0).toString(),
        p -> p.period(PeriodId.of(previousPeriod)));
  }

  /**
   * A formal appeal against the employee's evaluation, pending unless the test changes it.
   *
   * @param id the appeal's id
   * @param filedAt when it was filed (ISO date-time)
   * @param change changes to the default record
   * @return this scenario
   */
  public Scenario appeal(String id, String filedAt, Consumer<Appeal.Builder> change) {
    Appeal.Builder builder = Appeal.builder().id(AppealId.of(id)).employee(PersonId.of(current()))
        .evaluation(EvaluationId.of(evaluationIdOf(current()))).filedAt(LocalDateTime.parse(filedAt))
        .status(AppealStatus.PENDING);
    change.accept(builder);
    appeals.add(builder.build());
    return this;
  }

  /**
   * The employee's result was applied at this moment.
   *
   * @param id the application's id
   * @param appliedAt when (ISO date-time)
   * @param actions what was done with the result
   * @return this scenario
   */
  public Scenario applied(String id, String appliedAt, ApplicationAction... actions) {
    applications.add(ResultApplication.builder().id(ApplicationId.of(id))
        .evaluation(EvaluationId.of(evaluationIdOf(current()))).appliedAt(LocalDateTime.parse(appliedAt))
        .addActions(actions).build());
    return this;
  }

  /**
   * A certification attempt of an evaluator, with one survey a week from the period start per score.
   *
   * @param id the attempt's id
   * @param evaluator the evaluator's id
   * @param trainingPeriod the training period (free text)
   * @param attempt the attempt number, from 1
   * @param surveyScores one score per survey
   * @return this scenario
   */
  public Scenario certification(String id, String evaluator, String trainingPeriod, int attempt, double... surveyScores) {
    evaluator(evaluator);
    Certification.Builder builder = Certification.builder().id(CertificationId.of(id))
        .evaluator(PersonId.of(evaluator)).trainingPeriod(trainingPeriod).attempt(attempt);
    for (int i = 0; i < surveyScores.length; i++) {
      builder.addSurveys(Survey.builder().at(period.start().plusWeeks(i)).score(surveyScores[i]).build());
    }
    certifications.add(builder.build());
    return this;
  }

  /**
   * Adds the whole standard cycle for the employee, done by the book in their own span (DOMAIN.md
   * §6.1, read from the process layer, never worked out here): two indicators (a result one and a
   * task one), approved before the span starts, the indicator talk and the signature before the
   * period (for a new hire, on their first day, after the role talk), in every week of the span in which the employee works
   * a check-in naming an indicator and a weekly report (give leave with {@link #onLeave} first), the
   * month-end summary (月底总结) on the span's last working day; then, unless the employee leaves in
   * the period (nothing more is due from a leaver), scoring the day after the period with evidence,
   * strengths and weaknesses, the result interview two days later ending with an agreed improvement
   * plan (the guide asks for one at every interview), the result applied ("no action": every target is
   * met) and the application talk.
   *
   * @return this scenario
   */
  public Scenario followsStandardProcess() {
    String e = current();
    String result = "I-" + e + "-1";
    String task = "I-" + e + "-2";
    Span span = Span.of(period, people.get(e).build());
    LocalDateTime approved = span.first().minusDays(2).atTime(9, 0);
    indicator(result, IndicatorLevel.RESULT, 60, i -> i.approvedAt(approved))
        .indicator(task, IndicatorLevel.TASK, 40, i -> i.approvedAt(approved));
    if (span.joined()) {
      communication(CommunicationType.ROLE, span.first().atTime(9, 0).toString());
      communication(CommunicationType.INDICATOR, span.first().atTime(9, 30).toString(), result, task);
      signedAt(span.first().atTime(11, 0).toString());
    } else {
      communication(CommunicationType.INDICATOR, period.start().minusDays(3).atTime(14, 0).toString(), result, task);
    }
    Person person = people.get(e).build();
    EmployeeProcess process = EmployeeProcess.of(CycleIndex.of(build()), person, policy.effective(person.department()), asOf);
    int checkIns = 0;
    for (Week week : process.weeks()) {
      // Two days into the week (a Wednesday), else the employee's first working day in it; a week
      // all holidays or leave has no check-in.
      Optional<LocalDate> day = workingDayFrom(process.calendar(), week, week.firstDay().plusDays(2))
          .or(() -> workingDayFrom(process.calendar(), week, week.firstDay()));
      if (day.isEmpty()) {
        continue;
      }
      String indicator = checkIns % 2 == 0 ? result : task;
      checkIns++;
      communication(CommunicationType.DAILY, day.get().atTime(10, 0).toString(), indicator);
      record("R-" + e + "-" + checkIns, indicator, day.get().toString());
    }
    summary("SUM-" + e, process.window(Window.Kind.SCORING).firstDay().toString());
    if (span.leaves()) {
      return this;
    }
    String first = "R-" + e + "-1";
    String second = "R-" + e + "-" + Math.min(2, checkIns);
    LocalDateTime scored = period.end().plusDays(1).atTime(10, 0);
    scoredAt(scored.toString())
        .score(result, 90, true, first)
        .score(task, 85, true, second)
        .strength("keeps the key accounts", first)
        .weakness("late weekly reports", second);
    LocalDateTime interview = scored.plusDays(2);
    improvementPlan("PL-" + e, interview.plusMinutes(40).toString(), p -> { });
    interview("T-" + e, interview.toString(), i -> i.improvementPlan(PlanId.of("PL-" + e)));
    applied("A-" + e, scored.plusDays(4).toString(), ApplicationAction.NO_ACTION);
    communication(CommunicationType.APPLICATION, scored.plusDays(5).toString(), result, task);
    return this;
  }

  private static Optional<LocalDate> workingDayFrom(WorkingCalendar calendar, Week week, LocalDate from) {
    for (LocalDate day = from; week.contains(day); day = day.plusDays(1)) {
      if (calendar.worksOn(day)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * Builds the cycle; throws {@link io.perfcomm.core.InvalidCycleException} if it is inconsistent.
   *
   * @return the cycle
   * @throws io.perfcomm.core.InvalidCycleException if the cycle is inconsistent
   */
  public Cycle build() {
    Cycle.Builder cycle = Cycle.builder().period(period).asOf(asOf).timeZone(timeZone).policy(policy)
        .addAllDepartments(departments.values()).addAllPositions(positions.values());
    people.values().forEach(p -> cycle.addPeople(p.build()));
    sheets.forEach((owner, sheet) -> {
      indicators.get(owner).forEach(i -> sheet.addIndicators(i.build()));
      cycle.addSheets(sheet.build());
      // Builders are reused across build() calls, so undo the additions.
      sheet.indicators(List.of());
    });
    evaluations.values().forEach(e -> cycle.addEvaluations(e.build()));
    return cycle.addAllIndicatorChanges(changes).addAllCommunications(communications).addAllRecords(records)
        .addAllInterviews(interviews).addAllImprovementPlans(plans).addAllAppeals(appeals)
        .addAllApplications(applications).addAllCertifications(certifications).addAllAbsences(absences).build();
  }

  private IndicatorSheet.Builder sheet() {
    String owner = current();
    indicators.computeIfAbsent(owner, o -> new ArrayList<>());
    return sheets.computeIfAbsent(owner, o -> IndicatorSheet.builder().id(sheetId(o)).employee(PersonId.of(o))
        .confirmedAt(period.start().minusDays(1).atTime(10, 0)));
  }

  private static SheetId sheetId(String employee) {
    return SheetId.of("S-" + employee);
  }

  private Evaluation.Builder evaluation() {
    String owner = current();
    return evaluations.computeIfAbsent(owner, o -> Evaluation.builder().id(EvaluationId.of(evaluationIdOf(o)))
        .employee(PersonId.of(o)).evaluator(evaluatorOf(o)).scoredAt(period.end().plusDays(1).atTime(10, 0)));
  }

  private PersonId evaluatorOf(String employee) {
    return people.get(employee).build().evaluator().orElseThrow();
  }

  private long countFor(String employee) {
    return communications.stream().filter(c -> c.employee().value().equals(employee)).count();
  }

  private String current() {
    if (employee == null) {
      throw new IllegalStateException("name an employee first: employee(\"E1\")");
    }
    return employee;
  }

  private static <T> List<T> ids(String[] values, java.util.function.Function<String, T> of) {
    return Arrays.stream(values).map(of).collect(Collectors.toList());
  }

  // --- appeal helpers ---

  /**
   * {@return an objection raised at an interview, with no response yet; finish it with {@code
   * .build()} or add
   * {@code .response(Scenario.response(at))} first} Use it in the interview customiser:
   * {@code i -> i.addObjections(Scenario.objection("O1", "2026-07-03T10:30", OPEN).build())}.
   *
   * @param id the objection's id
   * @param raisedAt when it was raised (ISO date-time)
   * @param status where it stands
   */
  public static io.perfcomm.core.interview.Objection.Builder objection(String id, String raisedAt,
      io.perfcomm.core.interview.ObjectionStatus status) {
    return io.perfcomm.core.interview.Objection.builder().id(io.perfcomm.core.interview.ObjectionId.of(id))
        .raisedAt(LocalDateTime.parse(raisedAt)).text("objection " + id).status(status);
  }

  /**
   * {@return the evaluator's written response to an objection, given at this moment}
   *
   * @param at when (ISO date-time)
   */
  public static io.perfcomm.core.interview.Response response(String at) {
    return io.perfcomm.core.interview.Response.builder().at(LocalDateTime.parse(at)).text("response").build();
  }
}
