package io.perfcomm.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.appeal.Appeal;
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
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratedCycle;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Location;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for perf's domain types, one per type, built through the Immutables
 * builders; shared with the other modules' property tests through perf-core's test-jar. Single
 * records are free-standing (their references need not resolve); {@link #cycles()} and {@link
 * #perturbedCycles()} yield whole, structurally valid cycles.
 */
public final class CycleGens {

  private static final LocalDateTime BASE = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final List<String> NAMES = List.of("回款额", "新客户拜访", "客户满意度", "需求完成数", "一次合格率");
  private static final List<String> TEXTS = List.of("周报：进展正常", "现场观察", "月中数据", "客户反馈良好", "");

  private CycleGens() {}

  // --- ids ---

  /** Readable ids such as {@code E-417}. */
  public static Gen<String> ids(String prefix) {
    return integers().between(1, 99_999).map(n -> prefix + "-" + n);
  }

  public static Gen<PersonId> personIds() {
    return ids("E").map(PersonId::of);
  }

  public static Gen<IndicatorId> indicatorIds() {
    return ids("K").map(IndicatorId::of);
  }

  public static Gen<RecordId> recordIds() {
    return ids("R").map(RecordId::of);
  }

  public static Gen<CommunicationId> communicationIds() {
    return ids("C").map(CommunicationId::of);
  }

  public static Gen<EvidenceId> evidenceIds() {
    return ids("R").map(EvidenceId::of);
  }

  public static Gen<EvaluationId> evaluationIds() {
    return ids("V").map(EvaluationId::of);
  }

  // --- time ---

  /** A moment in 2026 on the quarter hour. */
  public static Gen<LocalDateTime> moments() {
    return integers().between(0, 365 * 24 * 4).map(quarters -> BASE.plusMinutes(15L * quarters));
  }

  public static Gen<LocalDate> dates() {
    return integers().between(0, 365).map(days -> BASE.toLocalDate().plusDays(days));
  }

  /** A monthly period between 2020 and 2030, id {@code yyyy-MM}. */
  public static Gen<Period> periods() {
    return integers().between(2020, 2030).zip(integers().between(1, 12), (year, month) -> {
      YearMonth ym = YearMonth.of(year, month);
      return Period.of(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    });
  }

  // --- objectives ---

  public static Gen<Indicator> indicators() {
    Gen<Indicator.Builder> base = indicatorIds().zip(Generate.pick(NAMES), Generate.enumValues(IndicatorLevel.class),
        (id, name, level) -> Indicator.builder().id(id).name(name).level(level));
    return base.zip(integers().between(0, 100), personIds().toOptionals(20), moments().toOptionals(20),
        (indicator, weight, approver, approvedAt) -> indicator.weight(weight)
            .target(weight + "%")
            .approvedBy(approver)
            .determinedBy(approver.filter(a -> weight % 2 == 0))
            .approvedAt(approvedAt)
            .build());
  }

  /** A sheet of one to six indicators whose ids are distinct. */
  public static Gen<IndicatorSheet> indicatorSheets() {
    return ids("S").zip(personIds(), moments().toOptionals(20), lists().of(indicators()).ofSizeBetween(1, 6),
        (id, employee, confirmedAt, indicators) -> IndicatorSheet.builder()
            .id(SheetId.of(id))
            .employee(employee)
            .confirmedAt(confirmedAt)
            .indicators(distinctIds(id, indicators))
            .build());
  }

  private static List<Indicator> distinctIds(String sheet, List<Indicator> indicators) {
    return IntStream.range(0, indicators.size())
        .mapToObj(i -> Indicator.builder().from(indicators.get(i)).id(IndicatorId.of(sheet + "-K" + (i + 1))).build())
        .collect(Collectors.toList());
  }

  // --- communication ---

  public static Gen<Communication> communications() {
    Gen<Communication.Builder> base = communicationIds().zip(Generate.enumValues(CommunicationType.class), personIds(), personIds(),
        (id, type, employee, evaluator) -> Communication.builder().id(id).type(type).employee(employee).evaluator(evaluator));
    return base.zip(moments(), booleans().all(), lists().of(indicatorIds()).ofSizeBetween(0, 3),
        (talk, at, formal, indicators) -> talk.at(at).formal(formal).indicators(indicators).build());
  }

  public static Gen<EvidenceRecord> evidenceRecords() {
    Gen<EvidenceRecord.Builder> base = recordIds().zip(personIds(), indicatorIds().toOptionals(20),
        (id, employee, indicator) -> EvidenceRecord.builder().id(id).employee(employee).indicator(indicator));
    return base.zip(dates(), Generate.enumValues(RecordKind.class), Generate.pick(TEXTS),
        (record, date, kind, summary) -> record.date(date).kind(kind).summary(summary).build());
  }

  // --- evaluation ---

  public static Gen<Score> scores() {
    return indicatorIds().zip(integers().between(0, 100), booleans().all(), lists().of(evidenceIds()).ofSizeBetween(0, 3),
        (indicator, score, met, evidence) -> Score.builder()
            .indicator(indicator)
            .score(score)
            .actual(score + "%")
            .targetMet(met)
            .evidence(evidence)
            .build());
  }

  public static Gen<Remark> remarks() {
    return Generate.pick(TEXTS).zip(lists().of(evidenceIds()).ofSizeBetween(0, 2),
        (text, evidence) -> Remark.builder().text(text.isEmpty() ? "表现稳定" : text).evidence(evidence).build());
  }

  public static Gen<Evaluation> evaluations() {
    Gen<Evaluation.Builder> base = evaluationIds().zip(personIds(), personIds(), moments(),
        (id, employee, evaluator, scoredAt) -> Evaluation.builder().id(id).employee(employee).evaluator(evaluator).scoredAt(scoredAt));
    return base.zip(lists().of(scores()).ofSizeBetween(0, 5), lists().of(remarks()).ofSizeBetween(0, 2), lists().of(remarks()).ofSizeBetween(0, 2),
        (evaluation, scores, strengths, weaknesses) -> evaluation.scores(scores).strengths(strengths).weaknesses(weaknesses).build());
  }

  // --- interview ---

  public static Gen<Location> locations() {
    return Generate.pick(List.of("3号会议室", "开放办公区", "经理办公室")).zip(booleans().all(), booleans().all(),
        (name, privateRoom, quiet) -> Location.builder().name(name).privateRoom(privateRoom).quiet(quiet).build());
  }

  public static Gen<Purpose> purposes() {
    return Generate.enumValues(PurposeKind.class).zip(Generate.pick(TEXTS).toOptionals(30),
        (kind, statement) -> Purpose.builder().kind(kind).statement(statement.filter(s -> !s.isEmpty())).build());
  }

  public static Gen<Objection> objections() {
    return ids("O").zip(indicatorIds().toOptionals(30), moments(), Generate.enumValues(ObjectionStatus.class),
        (id, indicator, raisedAt, status) -> Objection.builder()
            .id(ObjectionId.of(id))
            .indicator(indicator)
            .raisedAt(raisedAt)
            .text("评分依据不充分")
            .status(status)
            .build());
  }

  /** An interview whose times are in order: notified, then scheduled and started, then ended. */
  public static Gen<Interview> interviews() {
    Gen<Interview.Builder> base = ids("T").zip(evaluationIds(), locations(), purposes(),
        (id, evaluation, location, purpose) -> Interview.builder()
            .id(InterviewId.of(id))
            .evaluation(evaluation)
            .location(location)
            .purpose(purpose));
    return base.zip(moments(), integers().between(0, 96), integers().between(1, 90), integers().between(0, 90),
        (interview, start, noticeHours, planned, minutes) -> interview
            .notifiedAt(start.minusHours(noticeHours))
            .scheduledAt(start)
            .plannedMinutes(planned)
            .startedAt(start)
            .endedAt(start.plusMinutes(minutes))
            .outcome(Outcome.builder().agreement(minutes % 3 == 0 ? Agreement.OBJECTED : Agreement.SIGNED).build())
            .build());
  }

  // --- cycles ---

  /** Generated cycles of 0–40 employees with any breach share, with the breaches injected. */
  public static Gen<GeneratedCycle> generatedCycles() {
    return longs().all().zip(integers().between(0, 40), doubles().between(0, 1),
        (seed, employees, share) -> CycleGenerator.generateWithBreaches(GeneratorOptions.of(seed, employees, share)));
  }

  /** Structurally valid cycles of 0–40 employees with any breach share. */
  public static Gen<Cycle> cycles() {
    return generatedCycles().map(GeneratedCycle::cycle);
  }

  /**
   * Generated cycles with one field perturbed beyond what the generator does (a talk dropped, a
   * score or weight moved, an interview removed, the check moved into the period, ...): still
   * structurally valid, in process states the generator would not produce on its own.
   */
  public static Gen<Cycle> perturbedCycles() {
    return cycles().zip(Generate.enumValues(Perturbation.class), integers().allPositive(),
        (cycle, perturbation, pick) -> perturbation.apply(cycle, pick));
  }

  /** One structure-preserving change to a cycle; {@code pick} chooses the record it touches. */
  enum Perturbation {
    DROP_COMMUNICATION {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        Set<String> cited = citedEvidence(cycle);
        return Cycle.builder().from(cycle)
            .communications(without(cycle.communications(), pick, c -> cited.contains(c.id().value())))
            .build();
      }
    },
    MOVE_SCORE {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        return Cycle.builder().from(cycle).evaluations(replace(cycle.evaluations(), pick, e -> Evaluation.builder().from(e)
            .scores(e.scores().stream().map(s -> Score.builder().from(s).score(pick % 101).build()).collect(Collectors.toList()))
            .scoredAt(e.scoredAt().minusDays(pick % 20))
            .build())).build();
      }
    },
    MOVE_WEIGHT {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        return Cycle.builder().from(cycle).sheets(replace(cycle.sheets(), pick, s -> IndicatorSheet.builder().from(s)
            .indicators(replace(s.indicators(), pick / 7, i -> Indicator.builder().from(i).weight(pick % 101).build()))
            .build())).build();
      }
    },
    DROP_INTERVIEW {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        if (cycle.interviews().isEmpty()) {
          return cycle;
        }
        Interview dropped = cycle.interviews().get(pick % cycle.interviews().size());
        Set<ObjectionId> orphaned = dropped.objections().stream().map(Objection::id).collect(Collectors.toSet());
        List<Appeal> appeals = cycle.appeals().stream()
            .map(a -> a.objection().filter(orphaned::contains).isPresent() ? Appeal.builder().from(a).objection(Optional.empty()).build() : a)
            .collect(Collectors.toList());
        return Cycle.builder().from(cycle)
            .interviews(cycle.interviews().stream().filter(i -> i != dropped).collect(Collectors.toList()))
            .appeals(appeals)
            .build();
      }
    },
    SHORTEN_INTERVIEW {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        return Cycle.builder().from(cycle).interviews(replace(cycle.interviews(), pick, i -> Interview.builder().from(i)
            .plannedMinutes(1 + pick % 120)
            .build())).build();
      }
    },
    /** The fields of perf-cycle/1 the generator leaves alone: a zone, working-day counts, changed targets and weights, a closed plan, a person joining and leaving mid-period. */
    LATER_FORMAT_FIELDS {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        return Cycle.builder().from(cycle)
            .timeZone(java.time.ZoneId.of(pick % 2 == 0 ? "Asia/Shanghai" : "Asia/Urumqi"))
            .policy(cycle.policy().overriddenBy(io.perfcomm.core.policy.Policy.builder()
                .dayCount(pick % 3 == 0 ? io.perfcomm.core.policy.DayCount.WORKING : io.perfcomm.core.policy.DayCount.CALENDAR)
                .minWorkingDaysPerWeek(1 + pick % 7)
                .build()))
            .people(replace(cycle.people(), pick, p -> io.perfcomm.core.organisation.Person.builder().from(p)
                .hiredOn(cycle.period().start().plusDays(pick % 20))
                .leftOn(cycle.period().start().plusDays(pick % 20 + pick % 13))
                .probationUntil(cycle.period().start().plusDays(pick % 20 + 90))
                .build()))
            .indicatorChanges(replace(cycle.indicatorChanges(), pick, c -> io.perfcomm.core.objective.IndicatorChange.builder()
                .from(c).newTarget("target " + pick % 50).newWeight((double) (pick % 40)).build()))
            .improvementPlans(replace(cycle.improvementPlans(), pick, p -> io.perfcomm.core.interview.ImprovementPlan.builder()
                .from(p).closedAt(p.agreedAt().map(a -> a.plusDays(1 + pick % 30))).build()))
            .build();
      }
    },
    CHECK_MID_PERIOD {
      @Override
      Cycle apply(Cycle cycle, int pick) {
        long days = cycle.period().end().toEpochDay() - cycle.period().start().toEpochDay() + 1;
        return Cycle.builder().from(cycle).asOf(cycle.period().startsAt().plusDays(pick % days).plusHours(12)).build();
      }
    };

    abstract Cycle apply(Cycle cycle, int pick);
  }

  private static Set<String> citedEvidence(Cycle cycle) {
    return cycle.evaluations().stream()
        .flatMap(e -> Stream.of(
            e.scores().stream().flatMap(s -> s.evidence().stream()),
            e.strengths().stream().flatMap(r -> r.evidence().stream()),
            e.weaknesses().stream().flatMap(r -> r.evidence().stream())).flatMap(Function.identity()))
        .map(EvidenceId::value)
        .collect(Collectors.toSet());
  }

  /** The list without its {@code pick}-th element, unless that one must stay. */
  private static <T> List<T> without(List<T> values, int pick, Predicate<T> keep) {
    if (values.isEmpty()) {
      return values;
    }
    T dropped = values.get(pick % values.size());
    return keep.test(dropped) ? values : values.stream().filter(v -> v != dropped).collect(Collectors.toList());
  }

  /** The list with its {@code pick}-th element replaced. */
  private static <T> List<T> replace(List<T> values, int pick, Function<T, T> change) {
    if (values.isEmpty()) {
      return values;
    }
    int index = pick % values.size();
    return IntStream.range(0, values.size())
        .mapToObj(i -> i == index ? change.apply(values.get(i)) : values.get(i))
        .collect(Collectors.toList());
  }
}
