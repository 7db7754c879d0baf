package io.perfcomm.core.generator;

import static io.perfcomm.core.generator.CycleGenerator.Breach.APPLICATION_NOT_COMMUNICATED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.APPLIED_WHILE_APPEAL_PENDING;
import static io.perfcomm.core.generator.CycleGenerator.Breach.DAILY_TALK_WITHOUT_INDICATOR;
import static io.perfcomm.core.generator.CycleGenerator.Breach.DISMISSAL_WITHOUT_SUPPORT;
import static io.perfcomm.core.generator.CycleGenerator.Breach.EVIDENCE_ONLY_AT_PERIOD_END;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INDICATOR_UNSCORED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_IN_OPEN_OFFICE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_SKIPPED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_TOO_SHORT;
import static io.perfcomm.core.generator.CycleGenerator.Breach.KEY_POSITION_WEEK_MISSED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.MISSED_TARGET_WITHOUT_PLAN;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_INDICATOR_COMMUNICATION;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_PURPOSE_STATED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_ROLE_COMMUNICATION;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_WEAKNESS;
import static io.perfcomm.core.generator.CycleGenerator.Breach.OBJECTION_LEFT_OPEN;
import static io.perfcomm.core.generator.CycleGenerator.Breach.ONE_COMMUNICATION_BEFORE_SCORING;
import static io.perfcomm.core.generator.CycleGenerator.Breach.PLAN_WITHOUT_RESOURCES;
import static io.perfcomm.core.generator.CycleGenerator.Breach.PREVIOUS_PLAN_NOT_FOLLOWED_UP;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SCORED_LATE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SCORE_WITHOUT_EVIDENCE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SHEET_SIGNED_LATE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SHORT_NOTICE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.TASK_INDICATOR_APPROVED_BY_OTHER;

import io.perfcomm.core.Period;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.appeal.ApplicationId;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
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
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.generator.Organisation.Unit;
import io.perfcomm.core.generator.Vocabulary.IndicatorKind;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.interview.ResourceKind;
import io.perfcomm.core.interview.ResourceSupport;
import io.perfcomm.core.interview.Response;
import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.AbsenceId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.PositionId;
import io.perfcomm.core.organisation.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.process.PeriodWeeks;
import io.perfcomm.core.process.WorkingCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One employee's period, record kind by record kind, following the standard process except where
 * a chosen breach says otherwise. Every decision is drawn from the employee's own random stream,
 * so the records are a function of the seed alone.
 */
final class EmployeeCycle {

  private static final double NEW_RELATIONSHIP = 0.08;
  private static final double PREVIOUS_PLAN = 0.10;
  private static final double INDICATOR_CHANGE = 0.05;
  private static final double MISSED_TARGET = 0.12;
  private static final double ESCALATED_OBJECTION = 0.04;
  private static final double RESOLVED_OBJECTION = 0.08;
  private static final double WARNING_INTERVIEW = 0.03;
  private static final double ANNUAL_LEAVE = 0.08;
  private static final double SICK_LEAVE = 0.03;
  /** Of the employees without a breach, the share who join mid-period, and the share who leave in it. */
  private static final double MID_PERIOD_HIRE = 0.05;
  private static final double LEAVER = 0.04;

  // Day-to-day records; the weekly summary (a report or meeting, EVA-06) and the month-end summary
  // are written on their own days, so that leaving one out is a breach of its own.
  private static final RecordKind[] RECORD_KINDS = {RecordKind.DAILY_REPORT, RecordKind.OBSERVATION, RecordKind.DATA};
  private static final ResourceKind[] RESOURCE_KINDS = ResourceKind.values();

  // Shared value objects: a large cycle should cost memory for its ids, not for repeated constants.
  private static final List<Location> ROOMS = Vocabulary.ROOMS.stream()
      .map(name -> Location.builder().name(name).privateRoom(true).quiet(true).build())
      .collect(Collectors.toUnmodifiableList());
  private static final List<Location> OPEN_PLACES = Vocabulary.OPEN_PLACES.stream()
      .map(name -> Location.builder().name(name).privateRoom(false).quiet(false).build())
      .collect(Collectors.toUnmodifiableList());
  private static final Outcome OBJECTED = Outcome.builder().agreement(Agreement.OBJECTED).build();
  private static final Purpose WARNING = Purpose.builder()
      .kind(PurposeKind.IMPROVEMENT_WARNING).statement("绩效改进预警：说明未达标指标与改进要求").build();
  private static final List<String> APPEAL_REASONS = List.of(
      "指标与目标已于考前确认签字", "考中记录完整，评分依据充分", "经核实部分外部因素属实，调整评分");

  private final CycleDraft draft;
  private final SplittableRandom random;
  private final Unit unit;
  private final PersonId evaluator;
  private final Period period;
  private final String key;
  private final int number;
  private final PersonId employee;
  private Set<Breach> breaches;

  private boolean keyPosition;
  private boolean newRelationship;
  private boolean indicatorChange;
  private PlanId previousPlan;
  private LocalDate preparationDay;
  private IndicatorId[] indicators;
  private IndicatorKind[] kinds;
  private int[] targets;
  private boolean[] missed;
  private List<List<RecordId>> evidence;
  private RecordId[] earliestEvidence;
  private int communications;
  private boolean trainingRequested;
  /** The company calendar with this employee's leave. */
  private WorkingCalendar calendar;
  /** The employee's span in the period (DOMAIN.md §6.1): a mid-period hire starts later, a leaver ends earlier. */
  private LocalDate first;
  private LocalDate last;
  private Optional<LocalDate> hiredOn = Optional.empty();
  private Optional<LocalDate> leftOn = Optional.empty();

  EmployeeCycle(CycleDraft draft, SplittableRandom random, Unit unit, int number, PersonId evaluator) {
    this.draft = draft;
    this.random = random;
    this.unit = unit;
    this.evaluator = evaluator;
    this.period = draft.options.period();
    this.key = Ids.pad(number, 5);
    this.number = number;
    this.employee = PersonId.of("E-" + key);
  }

  void generate() {
    breaches = BreachPicker.pick(random, draft.options.breachShare());
    decide();
    leave();
    person();
    sheet();
    indicatorTalk();
    roleTalk();
    indicatorChange();
    previousPlan();
    dailyTalks();
    evidence();
    if (leftOn.isPresent()) {
      // A leaver owes nothing due after the last working day: no scoring, interview or application.
      draft.breaches(employee, breaches);
      return;
    }
    Evaluation evaluation = evaluation();
    aftermath(evaluation);
    draft.breaches(employee, breaches);
  }

  private boolean has(Breach breach) {
    return breaches.contains(breach);
  }

  /** The facts the breaches constrain, decided before any record is written. */
  private void decide() {
    first = period.start();
    last = period.end();
    span();
    keyPosition = has(KEY_POSITION_WEEK_MISSED)
        || !has(ONE_COMMUNICATION_BEFORE_SCORING) && random.nextDouble() < draft.options.keyPositionShare();
    // Role and change talks are extra communications: they would fill the count or the week these breaches leave empty.
    boolean fewTalks = has(ONE_COMMUNICATION_BEFORE_SCORING) || has(KEY_POSITION_WEEK_MISSED);
    newRelationship = has(NO_ROLE_COMMUNICATION)
        || !fewTalks && !has(TASK_INDICATOR_APPROVED_BY_OTHER) && random.nextDouble() < NEW_RELATIONSHIP;
    indicatorChange = !fewTalks && random.nextDouble() < INDICATOR_CHANGE;
    if (has(PREVIOUS_PLAN_NOT_FOLLOWED_UP) || random.nextDouble() < PREVIOUS_PLAN) {
      previousPlan = PlanId.of("PLAN-" + key + "-P");
    }
    preparationDay = period.start().minusDays(3 + random.nextInt(4));
    if (hiredOn.isPresent()) {
      // A new hire: role talk, indicators and signature from the first day; no earlier plan, no change, no leave.
      newRelationship = true;
      indicatorChange = false;
      previousPlan = null;
      preparationDay = hiredOn.get().minusDays(1);
    }
    if (leftOn.isPresent()) {
      indicatorChange = false;
      previousPlan = null;
    }
  }

  /**
   * Now and then an employee without a breach joins mid-period or leaves in it, run by the book in
   * their own span. Drawn from a source of their own, so every other draw of the cycle stays as it was.
   */
  private void span() {
    if (!breaches.isEmpty()) {
      return;
    }
    SplittableRandom own = new SplittableRandom(draft.options.seed() * 1_000_003L + number);
    double draw = own.nextDouble();
    if (draw < MID_PERIOD_HIRE) {
      hiredOn = Optional.of(Days.workday(own, draft.calendar, period.start().plusDays(7), period.end().minusDays(12)));
      first = hiredOn.get();
    } else if (draw < MID_PERIOD_HIRE + LEAVER) {
      leftOn = Optional.of(Days.workday(own, draft.calendar, period.start().plusDays(12), period.end().minusDays(5)));
      last = leftOn.get();
    }
  }

  /** Now and then a few days of annual or sick leave, on working days inside the period. */
  private void leave() {
    calendar = draft.calendar;
    if (hiredOn.isPresent() || leftOn.isPresent()) {
      return;
    }
    double draw = random.nextDouble();
    if (draw >= ANNUAL_LEAVE + SICK_LEAVE) {
      return;
    }
    boolean annual = draw < ANNUAL_LEAVE;
    int days = annual ? 1 + random.nextInt(5) : 1 + random.nextInt(2);
    // Leave starts after the first week and ends before the last one: the talks around it still fit.
    LocalDate from = Days.workday(random, draft.calendar, period.start().plusDays(7), period.end().minusDays(10));
    LocalDate to = from;
    for (int counted = 1; counted < days; ) {
      to = to.plusDays(1);
      if (draft.calendar.isWorkingDay(to)) {
        counted++;
      }
    }
    Absence absence = Absence.builder().id(AbsenceId.of("L-" + key)).person(employee).from(from).to(to)
        .kind(annual ? AbsenceKind.ANNUAL : AbsenceKind.SICK).build();
    draft.absences.add(absence);
    calendar = draft.calendar.withLeave(List.of(absence));
  }

  private void person() {
    List<PositionId> positions = keyPosition ? unit.keyPositions() : unit.otherPositions();
    LocalDate start = period.start();
    LocalDate positionSince;
    LocalDate evaluatorSince;
    if (hiredOn.isPresent()) {
      evaluatorSince = hiredOn.get();
      positionSince = hiredOn.get();
    } else if (newRelationship) {
      evaluatorSince = start;
      positionSince = random.nextBoolean() ? start : start.minusDays(90 + random.nextInt(2500));
    } else {
      positionSince = start.minusDays(90 + random.nextInt(2500));
      evaluatorSince = positionSince.plusDays(random.nextInt((int) (start.toEpochDay() - positionSince.toEpochDay()) - 30));
    }
    // Hired before the period, up to about a year before taking the position; from the id, not the
    // random source, so every other draw (and every cycle generated before this field) stays the same.
    LocalDate hired = this.hiredOn.orElse(positionSince.minusDays(Math.floorMod(employee.value().hashCode(), 400)));
    draft.people.add(Person.builder()
        .id(employee)
        .name(Vocabulary.name(employee, random))
        .department(departmentOf(positions.get(0)))
        .position(Vocabulary.pick(random, positions))
        .addRoles(Role.EMPLOYEE)
        .evaluator(evaluator)
        .evaluatorSince(evaluatorSince)
        .positionSince(positionSince)
        .hiredOn(hired)
        .leftOn(leftOn)
        .probationUntil(hired.plusMonths(3).minusDays(1))
        .build());
  }

  private static DepartmentId departmentOf(PositionId position) {
    String id = position.value();
    return DepartmentId.of("D-" + id.substring(2, id.lastIndexOf('-')));
  }

  /** 3–5 indicators, one or two of result level, weights in steps of 5 summing to 100. */
  private void sheet() {
    int results = random.nextInt(3) == 0 && unit.kind().results().size() > 1 ? 2 : 1;
    int tasks = Math.min(Math.min(2 + random.nextInt(3), 5 - results), unit.kind().tasks().size());
    int count = results + tasks;
    kinds = new IndicatorKind[count];
    pickDistinct(unit.kind().results(), kinds, 0, results);
    pickDistinct(unit.kind().tasks(), kinds, results, tasks);
    int[] weights = weights(count);
    indicators = new IndicatorId[count];
    targets = new int[count];
    missed = new boolean[count];
    boolean anyMissed = false;
    for (int i = 0; i < count; i++) {
      missed[i] = random.nextDouble() < MISSED_TARGET;
      anyMissed |= missed[i];
    }
    if (!anyMissed && (has(MISSED_TARGET_WITHOUT_PLAN) || has(PLAN_WITHOUT_RESOURCES))) {
      missed[random.nextInt(count)] = true;
    }
    LocalDateTime approvedAt = preparationDay.atTime(9, random.nextInt(60));
    IndicatorSheet.Builder sheet = IndicatorSheet.builder()
        .id(SheetId.of("S-" + key))
        .employee(employee)
        .confirmedAt(has(SHEET_SIGNED_LATE)
            ? draft.calendar.deadline(period.start(), EffectivePolicy.DEFAULTS.confirmationDeadlineDays())
                .plusDays(1 + random.nextInt(3)).atTime(10, 0)
            : preparationDay.plusDays(1).atTime(17, 0));
    boolean otherApprover = has(TASK_INDICATOR_APPROVED_BY_OTHER);
    for (int i = 0; i < count; i++) {
      indicators[i] = IndicatorId.of("K-" + key + "-" + (i + 1));
      targets[i] = target(kinds[i]);
      boolean task = kinds[i].level() == IndicatorLevel.TASK;
      boolean byOther = otherApprover && task;
      otherApprover &= !byOther;
      Indicator.Builder indicator = Indicator.builder()
          .id(indicators[i])
          .name(kinds[i].name())
          .level(kinds[i].level())
          .weight(weights[i])
          .target(kinds[i].target(targets[i]))
          .approvedAt(approvedAt);
      if (byOther) {
        // The HR partner settled the task indicator instead of the evaluator (the leader in charge
        // may approve one, but only the evaluator determines it: OBJ-05).
        indicator.determinedBy(unit.hrPartner()).approvedBy(unit.leader());
      } else if (task) {
        // Determined by the evaluator and approved by the leader in charge, as many companies do.
        indicator.determinedBy(evaluator).approvedBy(random.nextBoolean() ? unit.leader() : evaluator);
      } else {
        indicator.approvedBy(evaluator);
      }
      sheet.addIndicators(indicator.build());
    }
    draft.sheets.add(sheet.build());
  }

  private <T> void pickDistinct(List<T> from, T[] into, int offset, int count) {
    int[] order = new int[from.size()];
    Arrays.setAll(order, i -> i);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int swap = order[j];
      order[j] = order[i];
      order[i] = swap;
      into[offset + i] = from.get(swap);
    }
  }

  private int[] weights(int count) {
    int[] weights = new int[count];
    Arrays.fill(weights, 10);
    for (int spare = 100 - 10 * count; spare > 0; spare -= 5) {
      weights[random.nextInt(count)] += 5;
    }
    if (has(Breach.WEIGHTS_NOT_100)) {
      int largest = 0;
      for (int i = 1; i < count; i++) {
        largest = weights[i] > weights[largest] ? i : largest;
      }
      weights[largest] -= 5;
    }
    return weights;
  }

  private int target(IndicatorKind kind) {
    // Counts vary from person to person; rates are the department's standard.
    return kind.percent() ? kind.target() : Math.max(1, kind.target() * (80 + random.nextInt(41)) / 100);
  }

  /** 月前沟通: the indicators talked through the day before the sheet is signed. */
  private void indicatorTalk() {
    if (has(NO_INDICATOR_COMMUNICATION)) {
      return;
    }
    add(communication(CommunicationType.INDICATOR, preparationDay.plusDays(1).atTime(10 + random.nextInt(6), 0), true)
        .indicators(Arrays.asList(indicators))
        .summary("月前沟通：确认本期指标及目标值"));
  }

  private void roleTalk() {
    if (!newRelationship || has(NO_ROLE_COMMUNICATION)) {
      return;
    }
    LocalDate day = Days.workday(random, calendar, first, first.plusDays(4));
    add(communication(CommunicationType.ROLE, day.atTime(9, 30), true)
        .summary("明确考核关系、职责与权限"));
  }

  /** Occasionally a target changes mid-period, talked through and re-signed before it takes effect. */
  private void indicatorChange() {
    if (!indicatorChange) {
      return;
    }
    int i = random.nextInt(indicators.length);
    LocalDate day = Days.workday(random, calendar, period.start().plusDays(8 + random.nextInt(5)), period.start().plusDays(14));
    LocalDate effective = day.plusDays(4).isAfter(period.end()) ? period.end() : day.plusDays(4);
    int changed = kinds[i].percent() ? targets[i] : targets[i] + Math.max(1, targets[i] / 10);
    draft.changes.add(IndicatorChange.builder()
        .id(ChangeId.of("CHG-" + key))
        .sheet(SheetId.of("S-" + key))
        .indicator(indicators[i])
        .changedAt(day.atTime(9, 0))
        .effectiveFrom(effective)
        .description("目标调整为" + kinds[i].target(changed))
        .reconfirmedAt(day.plusDays(1).atTime(16, 0))
        .build());
    add(communication(CommunicationType.INDICATOR, day.atTime(15, 0), true)
        .addIndicators(indicators[i])
        .summary("沟通指标调整"));
  }

  /** Last period's plan, whose actions fall due in this period. */
  private void previousPlan() {
    if (previousPlan == null) {
      return;
    }
    ResourceKind resource = RESOURCE_KINDS[random.nextInt(RESOURCE_KINDS.length)];
    draft.plans.add(ImprovementPlan.builder()
        .id(previousPlan)
        .employee(employee)
        .period(draft.previousPeriod)
        .agreedAt(period.start().minusDays(27).atTime(15, 0))
        .owner(evaluator)
        .addCauses(Vocabulary.pick(random, Vocabulary.CAUSES))
        .addActions(doneOnTime(period.start().plusDays(10 + random.nextInt(10))))
        .addResources(ResourceSupport.builder().kind(resource).text(Vocabulary.RESOURCES.get(resource.ordinal())).build())
        .build());
  }

  /** 日常沟通: weekly for a key position, two to four times otherwise. */
  private void dailyTalks() {
    List<LocalDate> days = has(ONE_COMMUNICATION_BEFORE_SCORING)
        ? List.of(Days.workday(random, calendar, first, last))
        : keyPosition ? weeklyDays() : spreadDays(2 + random.nextInt(3));
    int withoutIndicator = has(DAILY_TALK_WITHOUT_INDICATOR) ? random.nextInt(days.size()) : -1;
    boolean followUp = previousPlan != null && !has(PREVIOUS_PLAN_NOT_FOLLOWED_UP);
    for (int d = 0; d < days.size(); d++) {
      Communication.Builder talk = communication(CommunicationType.DAILY, days.get(d).atTime(9 + random.nextInt(9), 0), false);
      if (d != withoutIndicator) {
        int first = random.nextInt(indicators.length);
        talk.addIndicators(indicators[first]);
        if (indicators.length > 1 && random.nextBoolean()) {
          talk.addIndicators(indicators[(first + 1) % indicators.length]);
        }
      }
      if (d == 0 && followUp) {
        talk.followsUpPlan(previousPlan).summary("跟进上期改进计划");
      } else {
        talk.summary(Vocabulary.pick(random, Vocabulary.DAILY_SUMMARIES));
      }
      add(talk);
    }
  }

  /**
   * One working day in every week of the period ({@code PeriodWeeks}) the employee works in, except
   * one or two such weeks for the breach; a week all holiday or leave needs no talk.
   */
  private List<LocalDate> weeklyDays() {
    List<PeriodWeeks.DateRange> weeks = weeksOfSpan();
    boolean[] worked = new boolean[weeks.size()];
    int workedWeeks = 0;
    for (int w = 0; w < weeks.size(); w++) {
      // The weeks COM-01 judges (enough working days), as the process layer decides it.
      worked[w] = PeriodWeeks.judged(calendar, weeks.get(w), EffectivePolicy.DEFAULTS.minWorkingDaysPerWeek());
      workedWeeks += worked[w] ? 1 : 0;
    }
    boolean[] skipped = new boolean[weeks.size()];
    if (has(KEY_POSITION_WEEK_MISSED)) {
      // At least one worked week keeps its talk: a holiday week and leave can leave only one or two.
      int skips = Math.min(1 + random.nextInt(2), workedWeeks - 1);
      for (int attempt = 0; attempt < 20 && skips > 0; attempt++) {
        int w = random.nextInt(weeks.size());
        if (!skipped[w] && worked[w]) {
          skipped[w] = true;
          skips--;
        }
      }
    }
    List<LocalDate> days = new ArrayList<>(weeks.size() + 1);
    for (int w = 0; w < weeks.size(); w++) {
      if (!skipped[w] && worked[w]) {
        days.add(Days.workday(random, calendar, weeks.get(w).first(), weeks.get(w).last()));
      }
    }
    if (days.size() < 2) {
      // Skipping must not also leave the employee short of two communications: talk twice that day.
      days.add(days.get(0));
    }
    return days;
  }

  /** {@code count} days, one in each of {@code count} equal stretches of the period. */
  private List<LocalDate> spreadDays(int count) {
    long length = last.toEpochDay() - first.toEpochDay() + 1;
    List<LocalDate> days = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate from = first.plusDays(length * i / count);
      LocalDate to = first.plusDays(length * (i + 1) / count - 1);
      days.add(Days.workday(random, calendar, from, to));
    }
    return days;
  }

  /** 10–25 daily-management records, at least two per indicator, the first of each before the last days. */
  private void evidence() {
    int count = Math.max(10 + random.nextInt(16), 2 * indicators.length);
    LocalDate start = first;
    LocalDate end = last;
    boolean lastMinute = has(EVIDENCE_ONLY_AT_PERIOD_END);
    // Date and draft position packed in one long, so one primitive sort puts the records in date order.
    long[] drafts = new long[count];
    int[] indicatorOf = new int[count];
    for (int r = 0; r < count; r++) {
      indicatorOf[r] = r < 2 * indicators.length ? r % indicators.length
          : random.nextInt(10) == 0 ? -1 : random.nextInt(indicators.length);
      LocalDate from = lastMinute ? end.minusDays(2) : start;
      LocalDate to = lastMinute || r >= indicators.length ? end : end.minusDays(4);
      drafts[r] = Days.workday(random, calendar, from, to).toEpochDay() << 8 | r;
    }
    Arrays.sort(drafts);
    evidence = new ArrayList<>(indicators.length);
    for (int i = 0; i < indicators.length; i++) {
      evidence.add(new ArrayList<>(6));
    }
    for (int n = 0; n < count; n++) {
      int r = (int) (drafts[n] & 0xFF);
      RecordId id = RecordId.of("R-" + key + "-" + Ids.pad(n + 1, 2));
      record(id, LocalDate.ofEpochDay(drafts[n] >> 8), indicatorOf[r]);
      if (indicatorOf[r] >= 0) {
        evidence.get(indicatorOf[r]).add(id);
      }
    }
    weeklyReports();
    monthEndSummary();
  }

  /** 周汇总: a weekly report on the last day the employee works in each week, but one week for the breach. */
  private void weeklyReports() {
    List<PeriodWeeks.DateRange> weeks = weeksOfSpan();
    int missing = has(Breach.WEEKLY_REPORT_MISSING) ? random.nextInt(weeks.size()) : -1;
    // The week left without a report is one EVA-06 judges (enough working days), as the process layer decides it.
    for (int tries = 0; missing >= 0 && tries < weeks.size()
        && !PeriodWeeks.judged(calendar, weeks.get(missing), EffectivePolicy.DEFAULTS.minWorkingDaysPerWeek()); tries++) {
      missing = (missing + 1) % weeks.size();
    }
    for (int w = 0; w < weeks.size(); w++) {
      Optional<LocalDate> day = Days.lastWorkday(calendar, weeks.get(w).first(), weeks.get(w).last());
      if (w != missing && day.isPresent()) {
        draft.records.add(EvidenceRecord.builder().id(RecordId.of("R-" + key + "-W" + (w + 1))).employee(employee)
            .date(day.get()).kind(RecordKind.WEEKLY_REPORT).summary("周报：本周工作汇总与下周计划").build());
      }
    }
  }

  /** The weeks of the period cut to the employee's span, as the process layer's {@code Week}s are. */
  private List<PeriodWeeks.DateRange> weeksOfSpan() {
    List<PeriodWeeks.DateRange> weeks = new ArrayList<>(draft.weeks.size());
    for (PeriodWeeks.DateRange week : draft.weeks) {
      LocalDate from = week.first().isBefore(first) ? first : week.first();
      LocalDate to = week.last().isAfter(last) ? last : week.last();
      if (!to.isBefore(from)) {
        weeks.add(new PeriodWeeks.DateRange(from, to));
      }
    }
    return weeks;
  }

  /** 月底总结: the month-end summary on the period's last working day of the employee. */
  private void monthEndSummary() {
    if (has(Breach.NO_MONTH_END_SUMMARY)) {
      return;
    }
    LocalDate day = Days.lastWorkday(calendar, last.minusDays(6), last).orElse(last);
    draft.records.add(EvidenceRecord.builder().id(RecordId.of("R-" + key + "-SUM")).employee(employee)
        .date(day).kind(RecordKind.SUMMARY).summary("月底总结：本月指标完成情况与问题").build());
  }

  private void record(RecordId id, LocalDate date, int indicator) {
    RecordKind kind = RECORD_KINDS[random.nextInt(RECORD_KINDS.length)];
    EvidenceRecord.Builder record = EvidenceRecord.builder().id(id).employee(employee).date(date).kind(kind);
    if (indicator >= 0) {
      record.indicator(indicators[indicator]).summary(summary(kind, kinds[indicator].name()));
    } else {
      record.summary("日常工作记录");
    }
    draft.records.add(record.build());
  }

  /**
   * Two to four days after the scoring deadline as the calendar moves it (a holiday can move it by a
   * week), but early enough that the interview deadline it starts has passed at asOf: a late score
   * may come with a skipped interview, which is only a breach once the interview is overdue.
   */
  private LocalDate lateScoringDay() {
    LocalDate deadline = draft.calendar.deadline(period.end(), EffectivePolicy.DEFAULTS.scoringDeadlineDays());
    LocalDate checked = draft.options.asOf().toLocalDate();
    LocalDate day = deadline.plusDays(2 + random.nextInt(3));
    while (day.isAfter(deadline.plusDays(1))
        && !draft.calendar.deadline(day, EffectivePolicy.DEFAULTS.interviewWithinDays()).isBefore(checked)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static String summary(RecordKind kind, String indicator) {
    switch (kind) {
      case DAILY_REPORT: return "日报：" + indicator + "按计划推进";
      case WEEKLY_REPORT: return "周报：" + indicator + "本周进展";
      case MEETING: return "周会讨论" + indicator;
      case OBSERVATION: return "现场观察：" + indicator;
      default: return indicator + "阶段数据";
    }
  }

  /** 月评分: one to three days after the period, every indicator scored on its records. */
  private Evaluation evaluation() {
    LocalDate end = period.end();
    LocalDate day = has(SCORED_LATE) ? lateScoringDay() : end.plusDays(1 + random.nextInt(3));
    int unscored = has(INDICATOR_UNSCORED) ? random.nextInt(indicators.length) : -1;
    if (unscored >= 0 && missed[unscored] && missedCount() == 1) {
      // The only missed target stays scored, so that a shortfall exists where a breach needs one.
      unscored = other(unscored);
    }
    int unevidenced = has(SCORE_WITHOUT_EVIDENCE) ? other(unscored) : -1;
    Evaluation.Builder evaluation = Evaluation.builder()
        .id(EvaluationId.of("V-" + key))
        .employee(employee)
        .evaluator(evaluator)
        .scoredAt(day.atTime(9 + random.nextInt(9), 0));
    int best = -1;
    int worst = -1;
    int[] scores = new int[indicators.length];
    for (int i = 0; i < indicators.length; i++) {
      if (i == unscored) {
        continue;
      }
      scores[i] = ScoringHabit.of(evaluator).score(missed[i], random);
      best = best < 0 || scores[i] > scores[best] ? i : best;
      worst = worst < 0 || scores[i] < scores[worst] ? i : worst;
      evaluation.addScores(Score.builder()
          .indicator(indicators[i])
          .score(scores[i])
          .actual(kinds[i].target(actual(i)))
          .targetMet(!missed[i])
          .evidence(i == unevidenced ? List.of() : citations(i))
          .build());
    }
    evaluation.addStrengths(remark(Vocabulary.STRENGTHS, evidence.get(best).get(0)));
    if (!has(NO_WEAKNESS)) {
      List<RecordId> weak = evidence.get(worst);
      evaluation.addWeaknesses(remark(Vocabulary.WEAKNESSES, weak.get(weak.size() - 1)));
    }
    Evaluation built = evaluation.build();
    draft.evaluations.add(built);
    return built;
  }

  private int missedCount() {
    int count = 0;
    for (boolean m : missed) {
      count += m ? 1 : 0;
    }
    return count;
  }

  /** An indicator index other than {@code not}. */
  private int other(int not) {
    int i = random.nextInt(indicators.length - 1);
    return not >= 0 && i >= not ? i + 1 : i;
  }

  private int actual(int i) {
    int target = targets[i];
    if (kinds[i].percent()) {
      return missed[i] ? Math.max(0, target - 1 - random.nextInt(15)) : target + random.nextInt(101 - target);
    }
    return missed[i] ? Math.min(target - 1, target * (60 + random.nextInt(36)) / 100) : target + random.nextInt(target / 5 + 1);
  }

  /** The indicator's earliest record, dated before the last days, and up to two more. */
  private List<EvidenceId> citations(int i) {
    List<RecordId> records = evidence.get(i);
    int cited = Math.min(records.size(), 1 + random.nextInt(3));
    List<EvidenceId> citations = new ArrayList<>(cited);
    for (int c = 0; c < cited; c++) {
      citations.add(EvidenceId.of(records.get(c).value()));
    }
    return citations;
  }

  private Remark remark(List<String> texts, RecordId evidence) {
    return Remark.builder().text(Vocabulary.pick(random, texts)).addEvidence(EvidenceId.of(evidence.value())).build();
  }

  /** Everything after scoring: the interview, the improvement plan, an appeal, the application. */
  private void aftermath(Evaluation evaluation) {
    LocalDateTime scoredAt = evaluation.scoredAt();
    List<IndicatorId> shortfall = shortfall(evaluation);
    if (has(INTERVIEW_SKIPPED)) {
      PlanId plan = plan(shortfall, null);
      LocalDateTime settledAt = appeal(evaluation, null, scoredAt);
      application(evaluation, plan, shortfall, settledAt);
      return;
    }
    LocalDateTime startedAt = draft.calendar.onOrNextWorkingDay(scoredAt.toLocalDate().plusDays(2 + random.nextInt(3)))
        .atTime(9 + random.nextInt(8), 0);
    int planned;
    int minutes;
    if (has(INTERVIEW_TOO_SHORT)) {
      boolean cutShort = random.nextBoolean();
      planned = cutShort ? 45 : 15;
      minutes = cutShort ? 10 + random.nextInt(11) : 15;
    } else {
      planned = 45 + 15 * random.nextInt(2);
      minutes = planned + random.nextInt(16);
    }
    LocalDateTime endedAt = startedAt.plusMinutes(minutes);
    PlanId plan = plan(shortfall, endedAt.minusMinutes(5));
    Objection objection = objection(shortfall, startedAt, endedAt);
    interview(evaluation, shortfall, plan, objection, startedAt, planned, endedAt);
    LocalDateTime settledAt = appeal(evaluation, objection, endedAt);
    application(evaluation, plan, shortfall, settledAt);
  }

  private List<IndicatorId> shortfall(Evaluation evaluation) {
    List<IndicatorId> shortfall = new ArrayList<>(2);
    for (Score score : evaluation.scores()) {
      if (!score.targetMet()) {
        shortfall.add(score.indicator());
      }
    }
    return shortfall;
  }

  /**
   * 绩效改进计划, agreed at the end of every interview (the guide: made together as the interview
   * ends), with resource support where a target was missed; without an interview, only for a missed
   * target.
   */
  private PlanId plan(List<IndicatorId> shortfall, LocalDateTime agreedAt) {
    if (has(MISSED_TARGET_WITHOUT_PLAN) || agreedAt == null && shortfall.isEmpty()) {
      return null;
    }
    PlanId id = PlanId.of("PLAN-" + key);
    ImprovementPlan.Builder plan = ImprovementPlan.builder()
        .id(id)
        .employee(employee)
        .period(period.id())
        .agreedAt(agreedAt)
        .owner(evaluator)
        .addCauses(Vocabulary.pick(random, Vocabulary.CAUSES));
    int actions = 1 + random.nextInt(2);
    for (int a = 0; a < actions; a++) {
      // Due after the check, so that none is overdue at the default asOf (period end + 20 days).
      plan.addActions(PlanAction.builder()
          .text(Vocabulary.ACTIONS.get((a + random.nextInt(Vocabulary.ACTIONS.size())) % Vocabulary.ACTIONS.size()))
          .due(draft.options.asOf().toLocalDate().plusDays(5 + random.nextInt(26)))
          .build());
    }
    if (!shortfall.isEmpty() && !has(PLAN_WITHOUT_RESOURCES)) {
      int first = random.nextInt(RESOURCE_KINDS.length);
      int resources = 1 + random.nextInt(2);
      for (int r = 0; r < resources; r++) {
        ResourceKind kind = RESOURCE_KINDS[(first + r) % RESOURCE_KINDS.length];
        plan.addResources(ResourceSupport.builder().kind(kind).text(Vocabulary.RESOURCES.get(kind.ordinal())).build());
      }
    }
    ImprovementPlan built = plan.build();
    draft.plans.add(built);
    trainingRequested = built.resources().stream().anyMatch(r -> r.kind() == ResourceKind.TRAINING);
    return id;
  }

  /** An objection raised at the interview, if any: resolved there, escalated to an appeal, or (breach) left open. */
  private Objection objection(List<IndicatorId> shortfall, LocalDateTime startedAt, LocalDateTime endedAt) {
    ObjectionStatus status;
    double draw = random.nextDouble();
    if (has(OBJECTION_LEFT_OPEN)) {
      status = ObjectionStatus.OPEN;
    } else if (has(APPLIED_WHILE_APPEAL_PENDING)
        || draw < ESCALATED_OBJECTION && !has(SCORED_LATE) && !has(APPLICATION_NOT_COMMUNICATED)) {
      status = ObjectionStatus.ESCALATED;
    } else if (draw < ESCALATED_OBJECTION + RESOLVED_OBJECTION) {
      status = ObjectionStatus.RESOLVED;
    } else {
      return null;
    }
    LocalDateTime raisedAt = startedAt.plusMinutes(random.nextInt((int) Duration.between(startedAt, endedAt).toMinutes()));
    Objection.Builder objection = Objection.builder()
        .id(ObjectionId.of("O-" + key + "-1"))
        .indicator(shortfall.isEmpty() ? indicators[random.nextInt(indicators.length)] : shortfall.get(0))
        .raisedAt(raisedAt)
        .text(Vocabulary.pick(random, Vocabulary.OBJECTIONS))
        .status(status);
    if (status == ObjectionStatus.RESOLVED) {
      objection.response(Response.builder().at(endedAt).text("出示考中记录与确认签字，员工认可").build());
    } else if (status == ObjectionStatus.ESCALATED) {
      objection.response(Response.builder().at(endedAt.toLocalDate().plusDays(1).atTime(10, 0)).text("转人力资源部申诉").build());
    }
    return objection.build();
  }

  private void interview(Evaluation evaluation, List<IndicatorId> shortfall, PlanId plan, Objection objection,
      LocalDateTime startedAt, int planned, LocalDateTime endedAt) {
    LocalDateTime notifiedAt = has(SHORT_NOTICE)
        ? startedAt.minusHours(2 + random.nextInt(19))
        : evaluation.scoredAt().plusHours(1 + random.nextInt(3));
    Interview.Builder interview = Interview.builder()
        .id(InterviewId.of("T-" + key))
        .evaluation(evaluation.id())
        .notifiedAt(notifiedAt)
        .scheduledAt(startedAt)
        .plannedMinutes(planned)
        .startedAt(startedAt)
        .endedAt(endedAt)
        .location(has(INTERVIEW_IN_OPEN_OFFICE) ? Vocabulary.pick(random, OPEN_PLACES) : Vocabulary.pick(random, ROOMS))
        .outcome(objection == null
            ? Outcome.builder().agreement(Agreement.SIGNED).signedAt(endedAt).build()
            // An objection resolved at the interview: the result is then confirmed and signed (INT-07).
            : objection.status() == ObjectionStatus.RESOLVED
                ? Outcome.builder().agreement(Agreement.OBJECTED).signedAt(endedAt.plusMinutes(5)).build()
                : OBJECTED);
    if (has(DISMISSAL_WITHOUT_SUPPORT)) {
      interview.purpose(Purpose.builder().kind(PurposeKind.DISMISSAL).statement("沟通劳动合同解除事宜").build());
    } else if (!shortfall.isEmpty() && !has(NO_PURPOSE_STATED) && random.nextDouble() < WARNING_INTERVIEW) {
      interview.purpose(WARNING)
          .preparation("已与人力资源部确认改进预警流程，备齐考中记录")
          .addSupport(unit.hrPartner());
    } else if (!has(NO_PURPOSE_STATED)) {
      interview.purpose(draft.reviewPurpose);
    }
    if (objection != null) {
      interview.addObjections(objection);
    }
    if (plan != null) {
      interview.improvementPlan(plan);
    }
    draft.interviews.add(interview.build());
  }

  /**
   * An appeal, for an escalated objection (decided and communicated) or for the breach (still
   * pending); returns the moment after which results may be applied.
   */
  private LocalDateTime appeal(Evaluation evaluation, Objection objection, LocalDateTime settledAt) {
    boolean escalated = objection != null && objection.status() == ObjectionStatus.ESCALATED;
    if (!escalated && !has(APPLIED_WHILE_APPEAL_PENDING)) {
      return settledAt;
    }
    LocalDateTime after = escalated ? objection.response().orElseThrow().at() : settledAt;
    LocalDateTime filedAt = after.toLocalDate().plusDays(1).atTime(9, 0);
    Appeal.Builder appeal = Appeal.builder()
        .id(AppealId.of("APPEAL-" + key))
        .employee(employee)
        .evaluation(evaluation.id())
        .filedAt(filedAt);
    if (escalated) {
      appeal.objection(objection.id());
    }
    LocalDateTime settled = filedAt;
    if (has(APPLIED_WHILE_APPEAL_PENDING)) {
      appeal.status(AppealStatus.PENDING);
    } else {
      LocalDateTime decidedAt = filedAt.toLocalDate().plusDays(2).atTime(10, 0);
      settled = decidedAt.plusHours(5);
      double draw = random.nextDouble();
      appeal.status(AppealStatus.DECIDED).decision(Decision.builder()
          .at(decidedAt)
          .outcome(draw < 0.6 ? DecisionOutcome.REJECTED : draw < 0.85 ? DecisionOutcome.AMENDED : DecisionOutcome.UPHELD)
          .reasons(Vocabulary.pick(random, APPEAL_REASONS))
          .communicatedAt(settled)
          .build());
    }
    draft.appeals.add(appeal.build());
    return settled;
  }

  /** 结果应用 a day or two after the result is settled, and the talk that tells the employee. */
  private void application(Evaluation evaluation, PlanId plan, List<IndicatorId> shortfall, LocalDateTime settledAt) {
    LocalDateTime appliedAt = settledAt.toLocalDate().plusDays(1 + random.nextInt(2)).atTime(9, 0);
    ResultApplication.Builder application = ResultApplication.builder()
        .id(ApplicationId.of("APPLY-" + key))
        .evaluation(evaluation.id())
        .appliedAt(appliedAt);
    // A plan for a missed target is a result applied; the plan every interview ends with is not.
    boolean told = false;
    if (!shortfall.isEmpty() && plan != null) {
      application.addActions(ApplicationAction.IMPROVEMENT_PLAN);
      if (trainingRequested) {
        application.addActions(ApplicationAction.TRAINING_REQUEST);
        told = true;
      }
    } else if (!shortfall.isEmpty()) {
      application.addActions(ApplicationAction.PLAN_ADJUSTMENT);
      told = true;
    }
    boolean pays = false;
    boolean nothingElse = false;
    if (has(APPLIED_WHILE_APPEAL_PENDING) || shortfall.isEmpty()) {
      pays = has(APPLIED_WHILE_APPEAL_PENDING) || random.nextInt(10) < 7;
      nothingElse = !pays;
    }
    // The open objection meets a pay run: APL-02 judges only what APL-03 guards.
    pays |= has(OBJECTION_LEFT_OPEN);
    // The breach needs a result the employee had to be told about: pay is applied.
    pays |= has(APPLICATION_NOT_COMMUNICATED) && !told;
    // Each action once, and "no action" only when nothing else is applied.
    if (pays) {
      application.addActions(ApplicationAction.PAY);
    } else if (nothingElse) {
      application.addActions(ApplicationAction.NO_ACTION);
    }
    draft.applications.add(application.build());
    if (!has(APPLICATION_NOT_COMMUNICATED)) {
      add(communication(CommunicationType.APPLICATION, appliedAt.toLocalDate().plusDays(random.nextInt(2)).atTime(14, 0), true)
          .indicators(shortfall)
          .summary("告知结果应用安排"));
    }
  }

  /** Last period's action, due in this period and done by then. */
  private PlanAction doneOnTime(LocalDate due) {
    return PlanAction.builder().text(Vocabulary.pick(random, Vocabulary.ACTIONS)).due(due)
        .doneAt(due.minusDays(random.nextInt(4))).build();
  }

  /** A communication builder with id, parties, time and formality set; the caller adds the rest and {@link #add}s it. */
  private Communication.Builder communication(CommunicationType type, LocalDateTime at, boolean formal) {
    communications++;
    return Communication.builder()
        .id(CommunicationId.of("C-" + key + "-" + communications))
        .type(type).employee(employee).evaluator(evaluator).at(at).formal(formal);
  }

  private void add(Communication.Builder talk) {
    draft.communications.add(talk.build());
  }
}
