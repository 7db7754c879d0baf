package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.SeenAtAsOf;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.process.EmployeeProcess;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaItem;
import io.perfcomm.rules.agenda.AgendaRequest;
import io.perfcomm.rules.agenda.CauseReading;
import io.perfcomm.rules.agenda.NextPeriod;
import io.perfcomm.rules.agenda.TalkingPoint;
import io.perfcomm.rules.agenda.Topic;
import io.perfcomm.rules.fact.AsOf;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes agendas: reads the cycle as it stood at the report's {@code asOf} ({@link SeenAtAsOf}, as the
 * check does), resolves what the agenda is about, runs one session of the agenda rule base over the
 * employee's records, the process facts, the report's findings about the employee and an {@link
 * AgendaRequest}, orders the topics the agenda rules inserted, puts their points under them and shares
 * the minutes out by weight (largest remainder, at least one minute per item).
 */
final class AgendaPlanner {

  /** Minutes of an indicator talk before the period (月前沟通) when nothing else is known. */
  static final int INDICATOR_MINUTES = 30;
  /** Minutes of a role communication. */
  static final int ROLE_MINUTES = 20;
  /** Minutes of a weekly check-in (日常沟通). */
  static final int DAILY_MINUTES = 15;
  /** Minutes of an application talk (应用沟通). */
  static final int APPLICATION_MINUTES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(AgendaPlanner.class);

  private static final Comparator<Topic> TOPIC_ORDER = Comparator.comparing(Topic::kind)
      .thenComparingInt(Topic::order).thenComparing(Topic::subject)
      .thenComparing(t -> t.title().orderKey());

  private static final Comparator<TalkingPoint> POINT_ORDER = Comparator.comparingInt(TalkingPoint::order)
      .thenComparing(p -> p.text().orderKey())
      .thenComparing(p -> p.records().toString());

  private final PerfEngine engine;
  private final AgendaRules rules;

  AgendaPlanner(PerfEngine engine, AgendaRules rules) {
    this.engine = engine;
    this.rules = rules;
  }

  /**
   * The agenda of a result interview, planned on the cycle as it stood at the report's {@code asOf}: an
   * interview held after it is still to be held, and its outcome is not there yet.
   */
  Agenda forInterview(Cycle file, Report report, InterviewId id) {
    requireSamePeriod(file, report);
    Interview asked = file.interviews().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no interview \"" + id + "\" in the cycle of period "
            + file.period().id()));
    SeenAtAsOf seen = SeenAtAsOf.of(file, report.asOf());
    Cycle cycle = seen.cycle();
    Interview interview = cycle.interviews().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> notScoredYet(file, asked, report));
    Evaluation evaluation = cycle.evaluation(interview.evaluation()).orElseThrow();
    Person employee = cycle.person(evaluation.employee()).orElseThrow();
    return plan(seen, report, employee, CommunicationType.RESULT, Optional.of(interview), Optional.of(evaluation));
  }

  /**
   * The agenda of a communication with an employee, planned on the cycle as it stood at the report's
   * {@code asOf}; for {@code RESULT}, of the latest interview on the latest score given by then.
   */
  Agenda forEmployee(Cycle file, Report report, PersonId id, CommunicationType type) {
    requireSamePeriod(file, report);
    SeenAtAsOf seen = SeenAtAsOf.of(file, report.asOf());
    Cycle cycle = seen.cycle();
    Person employee = cycle.person(id).filter(Person::isEmployee)
        .orElseThrow(() -> new IllegalArgumentException("no employee \"" + id + "\" in the cycle of period "
            + cycle.period().id()));
    Optional<Evaluation> evaluation = cycle.evaluations().stream().filter(v -> v.employee().equals(id))
        .max(Comparator.comparing(Evaluation::scoredAt));
    if (type == CommunicationType.RESULT) {
      Optional<Interview> interview = cycle.interviews().stream()
          .filter(i -> evaluation.filter(v -> v.id().equals(i.evaluation())).isPresent())
          .max(Comparator.comparing(Interview::scheduledAt));
      if (interview.isEmpty()) {
        Optional<Interview> later = file.interviews().stream()
            .filter(i -> file.evaluation(i.evaluation()).filter(v -> v.employee().equals(id)).isPresent())
            .max(Comparator.comparing(Interview::scheduledAt));
        throw later.map(i -> notScoredYet(file, i, report)).orElseGet(() -> new IllegalArgumentException("employee \""
            + id + "\" has no result interview in period " + cycle.period().id()
            + "; a RESULT agenda is for an interview: schedule it, then ask for its agenda"));
      }
      return plan(seen, report, employee, type, interview, evaluation);
    }
    return plan(seen, report, employee, type, Optional.empty(), evaluation);
  }

  /** An interview on a score given after the agenda's moment: there is no result to talk about yet. */
  private static IllegalArgumentException notScoredYet(Cycle file, Interview interview, Report report) {
    String scored = file.evaluation(interview.evaluation()).map(v -> " on " + v.scoredAt()).orElse("");
    return new IllegalArgumentException("interview \"" + interview.id() + "\" is on evaluation \""
        + interview.evaluation() + "\", scored" + scored + ", after the moment of the agenda (" + report.asOf()
        + "): at that moment there was no result to talk about; ask for the agenda once it is scored");
  }

  private static void requireSamePeriod(Cycle cycle, Report report) {
    if (!report.period().id().equals(cycle.period().id())) {
      throw new IllegalArgumentException("the report is of period " + report.period().id() + ", the cycle of period "
          + cycle.period().id() + ": an agenda needs the check of the same cycle");
    }
  }

  private Agenda plan(SeenAtAsOf seen, Report report, Person employee, CommunicationType type,
      Optional<Interview> interview, Optional<Evaluation> evaluation) {
    long started = System.nanoTime();
    Cycle cycle = seen.cycle();
    LocalDateTime asOf = report.asOf();
    Period period = cycle.period();
    EffectivePolicy policy = engine.effectivePolicy(cycle, employee.department());
    int planned = interview.flatMap(Interview::plannedMinutes).orElseGet(() -> defaultMinutes(type, policy));
    AgendaRequest request = AgendaRequest.builder().type(type).employee(employee.id())
        .interview(interview.map(Interview::id)).evaluation(evaluation.map(Evaluation::id))
        .plannedMinutes(planned).asOf(asOf).periodStarted(!asOf.isBefore(period.startsAt()))
        .periodOver(!asOf.isBefore(period.endsAt())).build();
    Partition partition = CycleFacts.employee(cycle, employee);
    List<Object> facts = new ArrayList<>();
    facts.add(period);
    facts.add(policy);
    facts.add(new AsOf(asOf));
    facts.addAll(partition.factsAt(policy, asOf));
    facts.add(request);
    facts.add(nextPeriod(period, policy, asOf));
    cycle.improvementPlans().stream().filter(p -> p.employee().equals(employee.id()))
        .forEach(p -> facts.addAll(CauseReading.of(p)));
    // The check's findings about the employee: what to fix before the talk. The check ran once; its
    // rules do not run again here.
    facts.addAll(report.about(employee.id()));
    // On the engine's workers, within its time limit, as a check's sessions run.
    List<Object> result = engine.onWorker(() -> rules.fire(facts));

    Map<String, Topic> topics = new LinkedHashMap<>();
    result.stream().filter(Topic.class::isInstance).map(Topic.class::cast).sorted(TOPIC_ORDER)
        .forEach(t -> topics.merge(t.kind() + "/" + t.subject(), t,
            (first, other) -> Topic.builder().from(first).addAllRecords(other.records()).build()));
    Map<String, List<TalkingPoint>> points = result.stream().filter(TalkingPoint.class::isInstance)
        .map(TalkingPoint.class::cast).distinct().sorted(POINT_ORDER)
        .collect(Collectors.groupingBy(p -> p.kind() + "/" + p.subject(), LinkedHashMap::new, Collectors.toList()));

    List<Topic> ordered = new ArrayList<>(topics.values());
    int[] weights = new int[ordered.size()];
    for (int i = 0; i < weights.length; i++) {
      Topic topic = ordered.get(i);
      weights[i] = topic.weight() + points.getOrDefault(topic.kind() + "/" + topic.subject(), List.of()).stream()
          .mapToInt(TalkingPoint::weight).sum();
    }
    int total = ordered.isEmpty() ? planned : Math.max(planned, ordered.size());
    int[] minutes = allocate(total, weights);
    Agenda.Builder agenda = Agenda.builder().type(type).interview(request.interview()).employee(employee.id())
        .evaluator(evaluation.map(Evaluation::evaluator).or(employee::evaluator)).asOf(asOf)
        .plannedMinutes(ordered.isEmpty() ? 0 : total).leftOut(seen.leftOut()).renderer(report.renderer());
    for (int i = 0; i < ordered.size(); i++) {
      Topic topic = ordered.get(i);
      List<TalkingPoint> under = points.getOrDefault(topic.kind() + "/" + topic.subject(), List.of());
      TreeSet<String> records = new TreeSet<>(topic.records());
      under.forEach(p -> records.addAll(p.records()));
      agenda.addItems(AgendaItem.builder().kind(topic.kind()).title(topic.title()).minutes(minutes[i])
          .addAllPoints(under.stream().map(TalkingPoint::text).collect(Collectors.toList()))
          .addAllRecords(records).build());
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("agenda {} for {}: {} items in {} minutes, made in {} ms", type, employee.id(), ordered.size(), total,
          (System.nanoTime() - started) / 1_000_000);
    }
    return agenda.build();
  }

  /**
   * The periods after the checked one at {@code asOf}: the one that directly follows it, and the one
   * that starts next after {@code asOf}'s day, stepping by the checked period's length (by calendar
   * month for a period that is one whole month), with its confirmation deadline on the company calendar.
   */
  static NextPeriod nextPeriod(Period period, EffectivePolicy policy, LocalDateTime asOf) {
    LocalDate today = asOf.toLocalDate();
    LocalDate following = period.end().plusDays(1);
    boolean wholeMonth = period.start().getDayOfMonth() == 1
        && period.end().equals(period.start().withDayOfMonth(period.start().lengthOfMonth()));
    long days = ChronoUnit.DAYS.between(period.start(), following);
    // Jump straight to the step before today (no loop over the periods in between: asOf may lie far
    // ahead), then step on until the start lies after today.
    long steps = Math.max(0, wholeMonth ? ChronoUnit.MONTHS.between(period.start(), today)
        : ChronoUnit.DAYS.between(period.start(), today) / days);
    LocalDate start = wholeMonth ? period.start().plusMonths(steps) : period.start().plusDays(days * steps);
    while (!start.isAfter(today)) {
      steps++;
      start = wholeMonth ? period.start().plusMonths(steps) : period.start().plusDays(days * steps);
    }
    LocalDate confirmBy = EmployeeProcess.calendar(policy).deadline(start, policy.confirmationDeadlineDays());
    return new NextPeriod(following, !asOf.isBefore(following.atStartOfDay()), start, confirmBy);
  }

  private static int defaultMinutes(CommunicationType type, EffectivePolicy policy) {
    switch (type) {
      case INDICATOR:
        return INDICATOR_MINUTES;
      case ROLE:
        return ROLE_MINUTES;
      case DAILY:
        return DAILY_MINUTES;
      case APPLICATION:
        return APPLICATION_MINUTES;
      default:
        return policy.minInterviewMinutes();
    }
  }

  /**
   * Shares {@code total} minutes out in proportion to the weights: one minute each first, the rest by
   * largest remainder (ties to the earlier item), so the shares add up to {@code total} exactly.
   */
  static int[] allocate(int total, int[] weights) {
    int n = weights.length;
    int[] minutes = new int[n];
    if (n == 0) {
      return minutes;
    }
    int rest = total - n;
    long sum = 0;
    for (int weight : weights) {
      sum += weight;
    }
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long share = (long) rest * weights[i];
      minutes[i] = 1 + (int) (share / sum);
      remainders[i] = share % sum;
      given += minutes[i] - 1;
    }
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(Comparator.<Integer>comparingLong(i -> -remainders[i]).thenComparingInt(i -> i));
    for (int k = 0; k < rest - given; k++) {
      minutes[byRemainder.get(k)]++;
    }
    return minutes;
  }
}
