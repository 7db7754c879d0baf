package io.perfcomm.core.generator;

import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.policy.DayCount;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.process.PeriodWeeks;
import io.perfcomm.core.process.WorkingCalendar;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Position;
import io.perfcomm.core.training.Certification;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records generated so far, in file order, and the breaches injected; built once at the end. */
final class CycleDraft {

  final GeneratorOptions options;
  /** The period before the generated one, where last period's improvement plans were made. */
  final PeriodId previousPeriod;
  /** The weeks of the period, computed once for everybody. */
  final List<PeriodWeeks.DateRange> weeks;
  /** The company's working calendar, which the cycle's policy carries. */
  final CalendarPolicy calendarPolicy;
  final WorkingCalendar calendar;
  final List<Absence> absences = new ArrayList<>();
  /** The purpose stated at every ordinary result interview. */
  final Purpose reviewPurpose;
  final List<Department> departments = new ArrayList<>();
  final List<Position> positions = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<IndicatorSheet> sheets;
  final List<IndicatorChange> changes = new ArrayList<>();
  final List<Communication> communications;
  final List<EvidenceRecord> records;
  final List<Evaluation> evaluations;
  final List<Interview> interviews;
  final List<ImprovementPlan> plans = new ArrayList<>();
  final List<Appeal> appeals = new ArrayList<>();
  final List<ResultApplication> applications;
  final List<Certification> certifications = new ArrayList<>();
  private final Map<PersonId, Set<Breach>> breaches = new LinkedHashMap<>();

  CycleDraft(GeneratorOptions options) {
    this.options = options;
    this.previousPeriod = previous(options.period());
    this.weeks = PeriodWeeks.of(options.period());
    this.calendarPolicy = Days.calendarAround(options.period());
    this.calendar = WorkingCalendar.of(calendarPolicy, DayCount.CALENDAR);
    this.reviewPurpose = Purpose.builder()
        .kind(PurposeKind.RESULT_REVIEW)
        // The period as an HR document writes it (2026年3月), not its id (DOMAIN.md §6.4).
        .statement("回顾" + options.period().start().getYear() + "年" + options.period().start().getMonthValue()
            + "月绩效结果，确认下期目标与改进措施")
        .build();
    int employees = options.employees();
    // Sized up front so that the big lists never grow by copying.
    this.sheets = new ArrayList<>(employees);
    this.communications = new ArrayList<>(employees * 8);
    this.records = new ArrayList<>(employees * 18);
    this.evaluations = new ArrayList<>(employees);
    this.interviews = new ArrayList<>(employees);
    this.applications = new ArrayList<>(employees);
  }

  private static PeriodId previous(Period period) {
    try {
      return PeriodId.of(YearMonth.parse(period.id().value()).minusMonths(1).toString());
    } catch (DateTimeParseException e) {
      return PeriodId.of(period.id().value() + "-previous");
    }
  }

  void breaches(PersonId person, Set<Breach> injected) {
    if (!injected.isEmpty()) {
      breaches.put(person, Set.copyOf(injected));
    }
  }

  GeneratedCycle build() {
    Cycle cycle = Cycle.builder()
        .asOf(options.asOf())
        .period(options.period())
        .policy(calendarPolicy.holidays().isEmpty() ? Policy.defaults() : Policy.builder().calendar(calendarPolicy).build())
        .departments(departments)
        .positions(positions)
        .people(people)
        .absences(absences)
        .sheets(sheets)
        .indicatorChanges(changes)
        .communications(communications)
        .records(records)
        .evaluations(evaluations)
        .interviews(interviews)
        .improvementPlans(plans)
        .appeals(appeals)
        .applications(applications)
        .certifications(certifications)
        .build();
    return GeneratedCycle.builder().cycle(cycle).breaches(breaches).build();
  }
}
