package io.perfcomm.rules;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.Problem;
import io.perfcomm.core.SeenAtAsOf;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorSheet;
import java.util.HashSet;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.due.DueList;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.PolicyProblems;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.fact.AsOf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The perf engine: perf's checkpoint rule sheets (plus a host's) compiled once, then immutable and
 * safe to share between threads. Each {@link #check(Cycle)} runs one rule session per employee and
 * per evaluator; sessions are pooled and reset after every use, so none sees another's facts.
 *
 * <p>Sessions run on the engine's own daemon worker threads, never on the caller's thread or the
 * common ForkJoinPool, and every check is bounded: in time ({@link Builder#timeLimit}), in rule
 * firings ({@link Builder#maxRuleFirings}) and in facts per session ({@link
 * Builder#maxFactsPerSession}). Whatever a rule does, the caller gets a report or a {@link
 * RuleExecutionException} naming the rule; no Drools exception crosses the API.
 *
 * <pre>{@code
 * PerfEngine engine = PerfEngine.builder()
 *     .policy(Policy.builder().minCommunicationsBeforeScoring(3).build())
 *     .disable("COM-03")
 *     .build();
 * Report report = engine.check(CycleJson.read(path));
 * report.findings().forEach(f -> System.out.println(report.message(f, Locale.CHINA)));
 * }</pre>
 */
public final class PerfEngine {

  /**
   * perf's own check sheets, one per management system: those the build compiled to the executable
   * model (every {@code .drl} of package {@code io.perfcomm.rules}); the agenda sheets are
   * {@link AgendaRules}' own rule base.
   */
  static final List<String> PERF_SHEETS = ExecutableModel.sheets().stream()
      .filter(sheet -> !sheet.startsWith(AgendaRules.FOLDER))
      .collect(Collectors.toUnmodifiableList());

  private static final Logger LOG = LoggerFactory.getLogger(PerfEngine.class);

  /** Below this many sessions, splitting the work costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 64;

  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final AgendaRules agendaRules;
  private final Policy policy;
  private final Set<String> disabled;
  private final Set<CheckpointId> disabledIds;
  private final Map<String, Checkpoint> checkpoints;
  private final KnownCheckpoints known;
  private final MessageBundles messages;
  private final Clock clock;
  private final int maxRuleFirings;
  private final int maxFactsPerSession;
  private final Duration timeLimit;
  private final boolean parallel;
  private final boolean ignoreCyclePolicy;
  private final Workers workers;
  private final RuleNames ruleNames;
  // Whether host sheets joined perf's: only then are halts and deletes of perf's facts looked for.
  private final boolean hostRules;

  private PerfEngine(Builder builder, KieBase kieBase, KnownCheckpoints known, boolean hostRules) {
    // Sessions come back reset to the pool after each partition: a session's node memories, costly to
    // create for a rule base this size, are made once per concurrent session, not once per employee.
    this.kieBase = kieBase;
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.sessions = kieBase.newKieSessionsPool(cores);
    this.workers = new Workers(cores);
    this.ruleNames = new RuleNames(kieBase);
    // The agendas' own rule base, compiled on the first agenda: a check never builds or runs it.
    this.agendaRules = new AgendaRules(builder.classLoader, builder.maxRuleFirings, builder.maxFactsPerSession);
    this.policy = builder.policy;
    this.disabledIds = Set.copyOf(builder.disabled);
    this.disabled = disabledIds.stream().map(CheckpointId::value).collect(Collectors.toUnmodifiableSet());
    this.checkpoints = Map.copyOf(builder.checkpoints);
    this.known = known;
    // The host's bundles first: a host can word perf's own texts its way.
    List<String> bundles = new ArrayList<>(builder.hostBundles);
    bundles.addAll(MessageBundles.PERF_BUNDLES);
    this.messages = new MessageBundles(bundles, builder.classLoader);
    this.clock = builder.clock;
    this.maxRuleFirings = builder.maxRuleFirings;
    this.maxFactsPerSession = builder.maxFactsPerSession;
    this.timeLimit = builder.timeLimit;
    this.parallel = builder.parallel;
    this.ignoreCyclePolicy = builder.ignoreCyclePolicy;
    this.hostRules = hostRules;
  }

  /**
   * A builder of an engine with perf's rule sheets and the default policy.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return an engine with perf's rules and the default policy, built once per JVM on first use} */
  public static PerfEngine withDefaults() {
    PerfEngine engine = defaultEngine;
    if (engine == null) {
      synchronized (PerfEngine.class) {
        engine = defaultEngine;
        if (engine == null) {
          engine = builder().build();
          defaultEngine = engine;
        }
      }
    }
    return engine;
  }

  /**
   * Checks a cycle: every breach of every enabled checkpoint, for every employee and evaluator, in the
   * cycle as it stood at its {@code asOf}: events dated after it are left out as not yet happened, and
   * {@link Report#leftOut} counts them.
   *
   * @param file the cycle as read
   * @return the report: the findings, the checkpoints switched off and how to render them
   * @throws InvalidCycleException if the cycle's own policy names a checkpoint this engine does not have
   *     (in {@code disabled} or {@code severities}), unless the engine ignores the cycle's policy
   * @throws RuleExecutionException if a rule throws, fires without end, inserts more facts than allowed,
   *     or the check runs past its time limit; no partial report is given
   * @throws OutOfMemoryError if the JVM runs out of memory during the check: no rule is to blame, so it
   *     is not wrapped
   */
  public Report check(Cycle file) {
    long started = System.nanoTime();
    LocalDateTime asOf = asOf(file);
    requireKnownIds(cyclePolicy(file));
    // The cycle as it stood at asOf: events dated after it have not happened yet (DOMAIN.md §6.1).
    SeenAtAsOf seen = SeenAtAsOf.of(file, asOf);
    Cycle cycle = seen.cycle();
    // The engine's policy is the company's; it wins over what the cycle file carries.
    Policy merged = cyclePolicy(cycle).overriddenBy(policy);
    Map<DepartmentId, DepartmentPolicy> policies = new ConcurrentHashMap<>();
    List<Partition> partitions = CycleFacts.partition(cycle);
    Run run = new Run(cycle, asOf);
    AtomicInteger next = new AtomicInteger();
    // One task per worker, each taking the next partition until none is left: a check hands work to
    // another thread once per worker, not once per session.
    int tasks = parallel && partitions.size() >= PARALLEL_THRESHOLD ? workers.threads() : 1;
    List<Finding> findings = run.onWorkers(tasks, slot -> {
          List<Finding> found = new ArrayList<>();
          for (int i; !run.stopped && (i = next.getAndIncrement()) < partitions.size(); ) {
            Partition partition = partitions.get(i);
            found.addAll(run.findings(slot, partition,
                policies.computeIfAbsent(partition.department(), d -> departmentPolicy(merged, d))));
          }
          return found;
        }).stream()
        .flatMap(Collection::stream)
        .sorted()
        .distinct()
        .collect(Collectors.toList());
    if (LOG.isDebugEnabled()) {
      LOG.debug("checked period {}: {} sessions, {} findings in {} ms", cycle.period().id(), partitions.size(),
          findings.size(), (System.nanoTime() - started) / 1_000_000);
    }
    return report(cycle, asOf, findings, seen, merged, policies);
  }

  /**
   * Checks one employee: the findings of their own rule session, the same as the findings about them in
   * {@link #check(Cycle)} of the whole cycle, without checking anybody else. For a host that re-checks
   * an employee when a manager saves a record. The report's findings all name this employee; an
   * evaluator's certification (TRN) is not part of it. Like {@link #check(Cycle)} it judges the cycle as
   * it stood at {@code asOf}; {@link Report#leftOut} counts the events of the whole file left out.
   *
   * @param file the cycle
   * @param employee the employee to check
   * @return the report of this employee's findings
   * @throws IllegalArgumentException if the cycle has no employee with this id
   * @throws InvalidCycleException if the cycle's own policy names checkpoints this engine does not have
   * @throws RuleExecutionException as {@link #check(Cycle)} does
   */
  public Report check(Cycle file, PersonId employee) {
    Person person = file.person(employee).filter(Person::isEmployee)
        .orElseThrow(() -> new IllegalArgumentException("the cycle has no employee " + employee));
    requireKnownIds(cyclePolicy(file));
    LocalDateTime asOf = asOf(file);
    // The cycle as it stood at asOf, as check(Cycle) sees it; leftOut counts the whole file's events.
    SeenAtAsOf seen = SeenAtAsOf.of(file, asOf);
    Cycle cycle = seen.cycle();
    Policy merged = cyclePolicy(cycle).overriddenBy(policy);
    Partition partition = CycleFacts.employee(cycle, person);
    Run run = new Run(cycle, asOf);
    Map<DepartmentId, DepartmentPolicy> policies = new ConcurrentHashMap<>();
    DepartmentPolicy own = policies.computeIfAbsent(partition.department(), d -> departmentPolicy(merged, d));
    List<Finding> findings = run.onWorkers(1, slot -> run.findings(slot, partition, own))
        .get(0).stream()
        .sorted()
        .distinct()
        .collect(Collectors.toList());
    return report(cycle, asOf, findings, seen, merged, policies);
  }

  /**
   * What is due next (DOMAIN.md §8): checks the cycle and lists every step still open at its {@code
   * asOf}, who must act, for whom, by which day: {@link DueList#of(Cycle, Report)} of {@link #check(Cycle)}.
   *
   * @param cycle the cycle
   * @return every step still open at the cycle's asOf, ordered by day
   * @throws RuleExecutionException as {@link #check(Cycle)} does
   */
  public DueList due(Cycle cycle) {
    return DueList.of(cycle, check(cycle));
  }

  /** The report of a check: its findings, what was switched off, left out and re-rated, and the policy in force. */
  private Report report(Cycle cycle, LocalDateTime asOf, List<Finding> findings, SeenAtAsOf seen, Policy merged,
      Map<DepartmentId, DepartmentPolicy> policies) {
    return new Report(cycle.period(), asOf, findings, messages,
        DisabledCheckpoints.of(disabled, policy, cyclePolicy(cycle)), names(cycle), seen.leftOut(),
        merged.effective(), departmentPolicies(cycle, merged, policies), indicatorNames(cycle),
        SeverityChanges.of(merged));
  }

  /** Refuses a cycle whose own policy names checkpoints this engine does not have. */
  private void requireKnownIds(Policy cyclePolicy) {
    List<KnownCheckpoints.Unknown> problems = known.problems(cyclePolicy);
    if (!problems.isEmpty()) {
      throw new InvalidCycleException(problems.stream()
          .map(unknown -> Problem.of("policy", Optional.empty(), unknown.field(), unknown.toString()))
          .collect(Collectors.toList()));
    }
  }

  /**
   * {@return the agenda of a result interview (绩效面谈), for the moment of the check, from the cycle and the
   * check's report on it (DOMAIN.md §7): preparation (room, time, the records an objection will test,
   * support for a sensitive purpose, the report's findings about the employee to fix first), purpose
   * and ground rules, the employee's view, the result per indicator with the target in effect,
   * strengths, weaknesses, objections, the improvement plan, next period and confirmation} The items
   * share the interview's planned minutes (the policy minimum when none are planned). Like the check, it
   * reads the cycle as it stood at the report's {@code asOf}: an interview held after it is still to be
   * held, and what the file records later is not there yet ({@link Agenda#leftOut} counts it). Runs the
   * agenda rule base only, built on the first agenda; no checkpoint rule runs again.
   *
   * @param cycle the cycle
   * @param report the report of the check of this cycle
   * @param interview the result interview
   * @throws IllegalArgumentException if the cycle has no interview with this id, the interview is on a
   *     score given after {@code asOf}, or the report is of another period
   * @throws RuleExecutionException as {@link #check} does
   */
  public Agenda agenda(Cycle cycle, Report report, InterviewId interview) {
    return new AgendaPlanner(this, agendaRules).forInterview(cycle, report, interview);
  }

  /**
   * {@return the agenda of a communication of a type with an employee, for the moment of the check, from the
   * cycle and the check's report on it: {@code INDICATOR} (the indicators of the period that starts
   * next, 30 minutes), {@code ROLE} (who evaluates whom, duties and authority, 20), {@code DAILY} (the
   * current week's check-in, 15), {@code APPLICATION} (each application action and what it means, 20);
   * {@code RESULT} gives the agenda of the employee's latest result interview} Like the check, it reads
   * the cycle as it stood at the report's {@code asOf} ({@link Agenda#leftOut} counts what it left out).
   *
   * @param cycle the cycle
   * @param report the report of the check of this cycle
   * @param employee the employee
   * @param type the communication type
   * @throws IllegalArgumentException if the cycle has no employee with this id, for {@code RESULT}
   *     when the employee has no result interview on a score given by {@code asOf}, or if the report is
   *     of another period
   * @throws RuleExecutionException as {@link #check} does
   */
  public Agenda agenda(Cycle cycle, Report report, PersonId employee, CommunicationType type) {
    return new AgendaPlanner(this, agendaRules).forEmployee(cycle, report, employee, type);
  }

  /**
   * Checks the cycle, then makes the agenda of a result interview: {@link #agenda(Cycle, Report,
   * InterviewId)}.
   *
   * @param cycle the cycle
   * @param interview the result interview
   * @return the agenda
   */
  public Agenda agenda(Cycle cycle, InterviewId interview) {
    return agenda(cycle, check(cycle), interview);
  }

  /**
   * Checks the cycle, then makes the agenda of a communication with an employee: {@link #agenda(Cycle,
   * Report, PersonId, CommunicationType)}.
   *
   * @param cycle the cycle
   * @param employee the employee
   * @param type the communication type
   * @return the agenda
   */
  public Agenda agenda(Cycle cycle, PersonId employee, CommunicationType type) {
    return agenda(cycle, check(cycle), employee, type);
  }


  /** The package-qualified names of the check's rules; the agendas' are in their own rule base. */
  Set<String> checkRuleNames() {
    return AgendaRules.ruleNames(kieBase);
  }

  /** The package-qualified names of the agenda rules (builds the agenda rule base if not built yet). */
  Set<String> agendaRuleNames() {
    return agendaRules.ruleNames();
  }

  /** {@return the checkpoints this engine knows: perf's catalogue plus the host's, by id} */
  public Map<String, Checkpoint> checkpoints() {
    return checkpoints;
  }

  /**
   * {@return every checkpoint id this engine has, sorted}: perf's, those added with {@link
   * Builder#addCheckpoint}, and every id a rule name of a host sheet starts with.
   */
  public SortedSet<CheckpointId> checkpointIds() {
    return known.ids();
  }

  /**
   * The id of one of this engine's checkpoints, for an API that takes ids as text (the test API).
   *
   * @param id the id as text, e.g. {@code COM-02}
   * @return the typed id
   * @throws IllegalArgumentException naming the id when it is not of the form {@code ABC-01} or this
   *     engine has no such checkpoint
   */
  public CheckpointId checkpointId(String id) {
    return known.require(id);
  }

  /** {@return the checkpoint ids switched off in this engine (the cycle's policy may switch off more)} */
  public Set<String> disabled() {
    return disabled;
  }

  /** The policy that applies to a department in a cycle: the cycle's, overridden by the engine's. */
  EffectivePolicy effectivePolicy(Cycle cycle, DepartmentId department) {
    return effectivePolicy(cyclePolicy(cycle).overriddenBy(policy), department);
  }

  /** The policy the cycle file carries, or none when the engine is told to ignore it. */
  private Policy cyclePolicy(Cycle cycle) {
    return ignoreCyclePolicy ? Policy.defaults() : cycle.policy();
  }

  /** The policy of each person whose department overrides the company's, for titles that state it. */
  private static Map<PersonId, EffectivePolicy> departmentPolicies(Cycle cycle, Policy merged,
      Map<DepartmentId, DepartmentPolicy> policies) {
    if (merged.departments().isEmpty()) {
      return Map.of();
    }
    Map<PersonId, EffectivePolicy> own = new HashMap<>();
    for (Person person : cycle.people()) {
      DepartmentPolicy p = policies.get(person.department());
      if (p != null && merged.departments().containsKey(person.department())) {
        own.put(person.id(), p.policy());
      }
    }
    return own;
  }

  /** Each indicator's name by id, for ids whose sheets agree on one name (an id reused with other names stays an id). */
  private static Map<IndicatorId, String> indicatorNames(Cycle cycle) {
    Map<IndicatorId, String> names = new HashMap<>();
    Set<IndicatorId> ambiguous = new HashSet<>();
    for (IndicatorSheet sheet : cycle.sheets()) {
      for (Indicator indicator : sheet.indicators()) {
        String before = names.putIfAbsent(indicator.id(), indicator.name());
        if (before != null && !before.equals(indicator.name())) {
          ambiguous.add(indicator.id());
        }
      }
    }
    names.keySet().removeAll(ambiguous);
    return names;
  }

  private static Map<PersonId, String> names(Cycle cycle) {
    Map<PersonId, String> names = new HashMap<>(cycle.people().size() * 2);
    cycle.people().forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  /** The moment of the check: the cycle's {@code asOf}, else now in the cycle's time zone (else the clock's). */
  LocalDateTime asOf(Cycle cycle) {
    return cycle.asOf().orElseGet(() -> LocalDateTime.now(cycle.timeZone().map(clock::withZone).orElse(clock)));
  }

  private EffectivePolicy effectivePolicy(Policy merged, DepartmentId department) {
    EffectivePolicy effective = merged.effective(department);
    return EffectivePolicy.builder().from(effective).addAllDisabled(disabledIds).build();
  }

  private DepartmentPolicy departmentPolicy(Policy merged, DepartmentId department) {
    EffectivePolicy effective = effectivePolicy(merged, department);
    Map<String, Severity> severities = new HashMap<>();
    effective.severities().forEach((id, severity) -> severities.put(id.value(), Severity.valueOf(severity.name())));
    return new DepartmentPolicy(effective, Map.copyOf(severities));
  }

  /**
   * A department's policy in a check, with its checkpoint severities keyed as findings carry their
   * checkpoint, so that applying them is a map lookup per finding.
   */
  private record DepartmentPolicy(EffectivePolicy policy, Map<String, Severity> severities) {}

  /**
   * A finding with the severity the policy gives its checkpoint: the one place a company's
   * severities apply, so no rule sheet needs to know of them. Only findings at the checkpoint's
   * default severity change (for a host checkpoint without a catalogue entry, those that are not
   * INFO): a notice before a deadline or a milder variant keeps its own.
   */
  private Finding withPolicySeverity(Finding finding, Map<String, Severity> severities) {
    Severity set = severities.get(finding.checkpoint());
    if (set == null || set == finding.severity()) {
      return finding;
    }
    Checkpoint checkpoint = checkpoints.get(finding.checkpoint());
    boolean atDefault = checkpoint == null ? finding.severity() != Severity.INFO : checkpoint.severity() == finding.severity();
    return atDefault ? Finding.builder().from(finding).severity(set).build() : finding;
  }

  /**
   * Runs one agenda session on the engine's workers within the time limit: an agenda is bounded as a
   * check is, and fails the same way, with a {@link RuleExecutionException} naming what failed.
   */
  <T> T onWorker(Callable<T> work) {
    try {
      return workers.runAll(List.of(work), timeLimit.toNanos()).get(0);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuleExecutionException) {
        throw (RuleExecutionException) cause;
      }
      if (cause instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) cause;
      }
      throw new RuleExecutionException("", "the agenda failed: " + cause, cause);
    } catch (TimeoutException e) {
      throw new RuleExecutionException("", "the agenda ran past its time limit of " + describe(timeLimit)
          + "; its rule session was abandoned", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuleExecutionException("", "the agenda was interrupted", e);
    }
  }

  /** The rule sessions of one call ({@code check} or {@code agenda}), run on the workers within the time limit. */
  private final class Run {
    private final Cycle cycle;
    private final AsOf asOf;
    private final List<Slot> slots = new ArrayList<>();
    // Set once the call has failed or timed out: workers take no more partitions, and halt a session they start.
    private volatile boolean stopped;

    Run(Cycle cycle, LocalDateTime asOf) {
      this.cycle = cycle;
      this.asOf = new AsOf(asOf);
    }

    /** Runs {@code tasks} copies of the work on the workers, each with a slot of its own; their results in order. */
    <T> List<T> onWorkers(int tasks, Function<Slot, T> work) {
      List<Callable<T>> callables = new ArrayList<>(tasks);
      for (int i = 0; i < tasks; i++) {
        Slot slot = new Slot();
        slots.add(slot);
        callables.add(() -> work.apply(slot));
      }
      // Named at the limit, before the workers are cancelled: an interrupted rule stops firing at once.
      String[] stuck = {""};
      Runnable nameStuckRule = () -> stuck[0] = slots.stream().map(Slot::firing).filter(Objects::nonNull)
          .min(Comparator.comparingLong(Firing::since)).map(this::stuckRule).orElse("");
      try {
        return workers.runAll(callables, timeLimit.toNanos(), nameStuckRule);
      } catch (ExecutionException e) {
        stop();
        if (e.getCause() instanceof RuleExecutionException) {
          throw (RuleExecutionException) e.getCause();
        }
        if (e.getCause() instanceof OutOfMemoryError) {
          throw (OutOfMemoryError) e.getCause();
        }
        throw new RuleExecutionException("", "the check failed: " + e.getCause(), e.getCause());
      } catch (TimeoutException e) {
        // The longest-running session is the one that got stuck.
        String rule = stuck[0];
        stop();
        throw new RuleExecutionException(rule, "the check ran past its time limit of " + describe(timeLimit)
            + (rule.isEmpty() ? " while no rule was firing" : " while rule \"" + rule + "\" was firing")
            + "; its rule sessions were halted", null);
      } catch (InterruptedException e) {
        stop();
        Thread.currentThread().interrupt();
        throw new RuleExecutionException("", "the check was interrupted", e);
      }
    }

    /**
     * The rule a stuck session is in: the one its worker's stack names (a condition or {@code eval}
     * spinning while Drools matches, before any rule fires), else the one that fired last.
     */
    private String stuckRule(Firing firing) {
      Throwable where = new Throwable("stuck", null, false, true) {
        private static final long serialVersionUID = 1L;
      };
      where.setStackTrace(firing.thread().getStackTrace());
      return ruleNames.of(where).orElse(firing.rule());
    }

    private void stop() {
      stopped = true;
      slots.forEach(Slot::halt);
    }

    /** The findings of one partition's session that are not switched off, at the policy's severities. */
    List<Finding> findings(Slot slot, Partition partition, DepartmentPolicy department) {
      EffectivePolicy policy = department.policy();
      List<Finding> findings = new ArrayList<>();
      for (Object fact : fire(slot, partition, policy, List.of())) {
        if (fact instanceof Finding) {
          Finding finding = withPolicySeverity((Finding) fact, department.severities());
          if (!policy.isDisabled(finding.checkpoint())) {
            findings.add(finding.period().isPresent() ? finding : Finding.builder().from(finding).period(cycle.period().id()).build());
          }
        }
      }
      return findings;
    }

    /** Fires the rules over a partition plus extra facts; returns every fact in the session at the end. */
    List<Object> fire(Slot slot, Partition partition, EffectivePolicy policy, List<Object> extra) {
      KieSession session = sessions.newKieSession();
      SessionGuard guard = new SessionGuard(policy.disabledIds(), maxFactsPerSession, hostRules);
      session.addEventListener(guard);
      slot.enter(session, guard);
      try {
        if (stopped) {
          return List.of();
        }
        session.insert(cycle.period());
        session.insert(policy);
        session.insert(asOf);
        partition.factsAt(policy, asOf.at()).forEach(session::insert);
        extra.forEach(session::insert);
        int fired = session.fireAllRules(guard, maxRuleFirings);
        if (stopped) {
          // Halted: what the session holds is partial, and the caller has stopped waiting for it.
          return List.of();
        }
        if (fired >= maxRuleFirings) {
          throw new RuleExecutionException(guard.lastRule(), "rule \"" + guard.lastRule() + "\" fired " + maxRuleFirings
              + " times without end (the limit); it probably re-triggers itself", null);
        }
        if (hostRules) {
          requireRunToCompletion(session, guard);
        }
        return new ArrayList<>(session.getObjects());
      } catch (ConsequenceException e) {
        String rule = e.getRule() == null ? guard.lastRule() : e.getRule().getName();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof OutOfMemoryError) {
          // The JVM ran out, not a rule: the caller sees what it would see anywhere else.
          throw (OutOfMemoryError) cause;
        }
        if (cause instanceof SessionGuard.TooManyFacts) {
          throw tooManyFacts(rule);
        }
        if (cause instanceof SessionGuard.PerfFactDeleted) {
          throw perfFactDeleted(rule, (SessionGuard.PerfFactDeleted) cause);
        }
        throw new RuleExecutionException(rule, "rule \"" + rule + "\" failed: " + cause, cause);
      } catch (SessionGuard.TooManyFacts e) {
        if (guard.lastRule().isEmpty()) {
          // Over the bound while perf inserted the partition's own facts: no rule is to blame, the data is.
          throw new RuleExecutionException("", partition.employee().map(p -> "employee " + p.id() + " has")
              .orElse("a session has") + " more than " + maxFactsPerSession + " facts to check (the limit per"
              + " session); split the file or raise maxFactsPerSession", null);
        }
        throw tooManyFacts(guard.lastRule());
      } catch (RuleExecutionException e) {
        throw e;
      } catch (RuntimeException e) {
        // Not a consequence: a condition threw while Drools matched facts.
        Throwable cause = rootCause(e);
        Optional<String> rule = ruleNames.of(e);
        throw new RuleExecutionException(rule.orElse(""), rule.map(r -> "a condition of rule \"" + r + "\" failed: ")
            .orElse("a rule condition failed (Drools does not say which rule): ") + cause, cause);
      } catch (OutOfMemoryError e) {
        throw e;
      } catch (Error e) {
        // Drools passes an Error (StackOverflowError, AssertionError) through unwrapped. A deep stack is cut
        // short in the trace, so the rule firing when it was thrown names it where the trace cannot.
        String rule = ruleNames.of(e).orElseGet(guard::lastRule);
        throw new RuleExecutionException(rule, "rule \"" + rule + "\" failed: " + e, e);
      } finally {
        slot.leave();
        session.dispose();
      }
    }

    /**
     * A session that returned while matches were still waiting to fire was halted by a rule
     * ({@code drools.halt()}), not by perf: its findings are partial, and a report made from them could
     * look cleaner than the month was. One more firing tells: a session that ran to its end has none.
     */
    private void requireRunToCompletion(KieSession session, SessionGuard guard) {
      String halting = guard.lastRule();
      if (session.fireAllRules(guard, 1) > 0) {
        throw new RuleExecutionException(halting, "rule \"" + halting + "\" halted the rule session before perf's"
            + " rules had all fired (drools.halt()); the findings would be partial, so no report is given", null);
      }
    }

    private RuleExecutionException perfFactDeleted(String rule, SessionGuard.PerfFactDeleted deleted) {
      return new RuleExecutionException(rule, "rule \"" + rule + "\" deleted one of perf's facts (a " + deleted.type()
          + "); a host rule may add findings but not remove perf's findings or facts, so no report is given", null);
    }

    private RuleExecutionException tooManyFacts(String rule) {
      return new RuleExecutionException(rule, (rule.isEmpty() ? "the session" : "rule \"" + rule + "\"")
          + " inserted more than " + maxFactsPerSession + " facts in one session (the limit); it probably inserts without end",
          null);
    }
  }

  /** The deepest cause: what the rule threw, under Drools' wrappers. */
  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** {@code 30 s}, {@code 200 ms}. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** A rule being fired in a session, since when the session runs. */
  private record Firing(String rule, long since, Thread thread) {}

  /**
   * What one worker task of a call runs now: the session, so that the caller can halt it, and its
   * guard, which names the rule firing. Entering and leaving synchronise with {@link #halt}, so a
   * halt never reaches a session that is back in the pool and serving another call.
   */
  private static final class Slot {
    private KieSession session; // guarded by this
    private SessionGuard guard; // guarded by this
    private long since; // guarded by this
    private Thread thread; // guarded by this

    synchronized void enter(KieSession session, SessionGuard guard) {
      this.session = session;
      this.guard = guard;
      this.since = System.nanoTime();
      this.thread = Thread.currentThread();
    }

    synchronized void leave() {
      session = null;
      guard = null;
    }

    synchronized void halt() {
      if (session != null) {
        session.halt();
      }
    }

    synchronized Firing firing() {
      return guard == null ? null : new Firing(guard.lastRule(), since, thread);
    }
  }

  // The shared default engine, built on first use. Not a holder class: a build that fails must fail
  // with its own exception on every call, not with the JVM's "could not initialize class" after the
  // first (the CLI warms the engine up on a thread).
  private static volatile PerfEngine defaultEngine;

  /** Builds a {@link PerfEngine}: policy, disabled checkpoints, host rule sheets and messages. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private final Set<CheckpointId> disabled = new TreeSet<>();
    private final List<RuleSheet> sheets = new ArrayList<>();
    private final List<String> hostBundles = new ArrayList<>();
    private final Map<String, Checkpoint> checkpoints = new LinkedHashMap<>();
    private ClassLoader classLoader = PerfEngine.class.getClassLoader();
    private Clock clock = Clock.systemDefaultZone();
    private int maxRuleFirings = 100_000;
    private int maxFactsPerSession = 100_000;
    private Duration timeLimit = Duration.ofSeconds(30);
    private boolean parallel = true;
    private boolean ignoreCyclePolicy;

    private Builder() {
      PERF_SHEETS.forEach(sheet -> sheets.add(RuleSheet.classPath(sheet)));
      Checkpoints.all().forEach(c -> checkpoints.put(c.id(), c));
    }

    /**
     * The company's policy; its values win over those a cycle carries.
     *
     * @param policy the policy
     * @return this builder
     * @throws IllegalArgumentException naming every value out of range
     */
    public Builder policy(Policy policy) {
      List<String> problems = PolicyProblems.of(policy);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid policy: " + String.join("; ", problems));
      }
      this.policy = policy;
      return this;
    }

    /**
     * Switches checkpoints off by id, e.g. {@code COM-03}; {@link #build} refuses an id the engine has
     * no checkpoint of.
     *
     * @param checkpointIds the ids
     * @return this builder
     * @throws IllegalArgumentException naming an id that is not of the form {@code ABC-01}
     */
    public Builder disable(String... checkpointIds) {
      for (String id : checkpointIds) {
        disabled.add(CheckpointId.of(id));
      }
      return this;
    }

    /**
     * Switches checkpoints off by id; {@link #build} refuses an id the engine has no checkpoint of.
     *
     * @param checkpointIds the ids
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public Builder disable(CheckpointId... checkpointIds) {
      for (CheckpointId id : checkpointIds) {
        disabled.add(Objects.requireNonNull(id, "checkpoint id"));
      }
      return this;
    }

    /**
     * Adds a host rule sheet given as DRL text; {@code name} is what build errors cite.
     *
     * @param name the name build errors cite
     * @param drl the DRL text
     * @return this builder
     */
    public Builder addRules(String name, String drl) {
      sheets.add(RuleSheet.text(name, drl));
      return this;
    }

    /**
     * Adds a host rule sheet from a file.
     *
     * @param drlFile the DRL file
     * @return this builder
     */
    public Builder addRules(Path drlFile) {
      sheets.add(RuleSheet.file(drlFile));
      return this;
    }

    /**
     * Adds a host rule sheet from the class path, e.g. {@code com/acme/perf/acme.drl}.
     *
     * @param resource the class-path resource
     * @return this builder
     */
    public Builder addRulesFromClassPath(String resource) {
      sheets.add(RuleSheet.classPath(resource));
      return this;
    }

    /**
     * Adds a message bundle for host checkpoints ({@code <id>.title}, {@code <id>.message}, {@code
     * <id>.advice}), by base name, e.g. {@code com.acme.perf.messages}. Host bundles are searched
     * before perf's own, in the order added, so a host bundle may also reword a perf text by giving
     * its key ({@code COM-02.title}). perf ships English and simplified Chinese ({@code _zh_CN}); any
     * Chinese locale falls back to the simplified Chinese texts.
     *
     * @param bundleBaseName the bundle's base name, e.g. {@code com.acme.perf.messages}
     * @return this builder
     */
    public Builder addMessages(String bundleBaseName) {
      hostBundles.add(bundleBaseName);
      return this;
    }

    /**
     * Adds a host checkpoint to the catalogue, so reports know its severity and title.
     *
     * @param checkpoint the checkpoint id, e.g. {@code COM-02}
     * @return this builder
     */
    public Builder addCheckpoint(Checkpoint checkpoint) {
      checkpoints.put(checkpoint.id(), checkpoint);
      return this;
    }

    /**
     * The class loader that sees the host's fact classes, rule sheets and bundles.
     *
     * @param classLoader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * The clock that gives "now" when a cycle has no {@code asOf}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How many rule firings one session may make before the check fails (default 100,000).
     *
     * @param maxRuleFirings the bound, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRuleFirings} is below 1
     */
    public Builder maxRuleFirings(int maxRuleFirings) {
      if (maxRuleFirings < 1) {
        throw new IllegalArgumentException("maxRuleFirings " + maxRuleFirings + " is below 1");
      }
      this.maxRuleFirings = maxRuleFirings;
      return this;
    }

    /**
     * How many facts one rule session may have inserted, perf's and the rules', before the check fails
     * naming the rule that inserted the last (default 100,000; perf's own rules need a few hundred for
     * an employee). It keeps a rule that inserts in a loop from filling the heap.
     *
     * @param maxFactsPerSession the bound, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxFactsPerSession} is below 1
     */
    public Builder maxFactsPerSession(int maxFactsPerSession) {
      if (maxFactsPerSession < 1) {
        throw new IllegalArgumentException("maxFactsPerSession " + maxFactsPerSession + " is below 1");
      }
      this.maxFactsPerSession = maxFactsPerSession;
      return this;
    }

    /**
     * How long one check or agenda may run (default 30 s), counted from when a worker takes it:
     * waiting for a worker behind other checks does not count. Past it the call fails with a {@link
     * RuleExecutionException} naming the rule that was firing; the sessions are halted and their
     * workers interrupted, so a rule that waits or sleeps stops, and the engine checks the next cycle
     * as usual. A rule spinning in plain Java code ignores both halt and interrupt, and Java cannot
     * stop a thread: its worker is abandoned, keeps a core busy until the rule returns (perhaps
     * never), and is replaced by a new one.
     *
     * @param timeLimit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeLimit} is zero or negative
     */
    public Builder timeLimit(Duration timeLimit) {
      if (timeLimit.isNegative() || timeLimit.isZero()) {
        throw new IllegalArgumentException("timeLimit " + timeLimit + " is not positive");
      }
      this.timeLimit = timeLimit;
      return this;
    }

    /**
     * Leaves perf's own rule sheets out: the engine runs only the host's sheets, and with none added
     * it decides nothing. The sessions, facts and report are the same as a full check's, so an engine
     * without any rules is also the floor perf's benchmarks measure the rules against: what Drools
     * costs with nothing to decide.
     *
     * @return this builder
     */
    public Builder withoutPerfRules() {
      sheets.removeIf(Builder::isPerfs);
      return this;
    }

    /**
     * Ignores the {@code policy} a cycle file carries (its values and its switched-off checkpoints):
     * only the engine's policy and {@link #disable} apply. For hosts whose cycle files come from
     * people the check is about, who could otherwise switch checkpoints off in the data.
     *
     * @return this builder
     */
    public Builder ignoreCyclePolicy() {
      this.ignoreCyclePolicy = true;
      return this;
    }

    /**
     * Whether large cycles are checked on several cores (default true). Findings are the same either way.
     *
     * @param parallel whether to use several cores
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Compiles the rule sheets into the engine.
     *
     * @return the engine
     * @throws EngineBuildException naming each sheet, line and reason when a sheet does not compile, a
     *     message bundle that is not on the class path, and each checkpoint id given to {@link #disable}
     *     or named by the policy's {@code disabled} or {@code severities} that the engine has no
     *     checkpoint of (perf's, {@link #addCheckpoint}'s, or an id a host rule name starts with)
     */
    public PerfEngine build() {
      return build(false);
    }

    /**
     * Builds the engine with perf's sheets compiled from DRL at run time, as before the executable model:
     * for the tests that compare the two.
     */
    PerfEngine buildFromDrl() {
      return build(true);
    }

    private PerfEngine build(boolean perfFromDrl) {
      long started = System.nanoTime();
      // perf's sheets come compiled from the executable model made at perf's build; only the host's are
      // compiled here, in one batch (one compiler run), so their errors name only them. The DRL compiler,
      // MVEL and ecj are loaded only when there is a host sheet.
      List<String> perf = new ArrayList<>();
      List<RuleSheet> host = new ArrayList<>();
      for (RuleSheet sheet : sheets) {
        if (isPerfs(sheet)) {
          perf.add(sheet.name());
        } else {
          host.add(sheet);
        }
      }
      for (String bundle : hostBundles) {
        if (classLoader.getResource(bundle.replace('.', '/') + ".properties") == null) {
          throw new EngineBuildException(List.of(bundle + ": no such message bundle on the class path"), null);
        }
      }
      KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, classLoader);
      InternalKnowledgeBase kieBase;
      try {
        kieBase = perfFromDrl ? ExecutableModel.kieBase(List.of(), configuration)
            : ExecutableModel.kieBase(perf, configuration);
      } catch (EngineBuildException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new EngineBuildException(List.of("perf's executable model: " + e), e);
      }
      List<RuleSheet> compiled = new ArrayList<>();
      if (perfFromDrl) {
        perf.forEach(name -> compiled.add(RuleSheet.classPath(name)));
      }
      if (!compiled.isEmpty() || !host.isEmpty()) {
        compiled.addAll(host);
        KnowledgeBuilder knowledge = new RuleCompiler(classLoader).compile(compiled);
        if (!perfFromDrl) {
          requireNoClash(kieBase, knowledge.getKnowledgePackages());
        }
        try {
          // The host's packages join perf's in one rule base: host rules see the facts perf's rules derive.
          kieBase.addPackages(knowledge.getKnowledgePackages());
        } catch (RuntimeException e) {
          throw new EngineBuildException(List.of("rule base: " + e), e);
        }
      }
      KnownCheckpoints known = new KnownCheckpoints(checkpoints.values(), kieBase);
      List<String> unknown = new ArrayList<>();
      disabled.forEach(id -> known.problem(id).ifPresent(p -> unknown.add("disable " + p)));
      known.problems(policy).forEach(p -> unknown.add("policy " + p));
      if (!unknown.isEmpty()) {
        throw new EngineBuildException(unknown, null);
      }
      LOG.debug("built the perf engine from {} rule sheets ({} compiled at run time) in {} ms", sheets.size(),
          host.size() + compiled.size(), (System.nanoTime() - started) / 1_000_000);
      return new PerfEngine(this, kieBase, known, !host.isEmpty());
    }

    /**
     * Refuses a host rule that would replace or pass for one of perf's: a rule named as one of perf's
     * (in perf's package Drools would silently replace perf's rule with it), or any rule in perf's own
     * package.
     */
    private static void requireNoClash(KieBase perf, Collection<? extends KiePackage> hostPackages) {
      Set<String> perfPackages = new TreeSet<>();
      Set<String> perfRules = new HashSet<>();
      for (KiePackage pkg : perf.getKiePackages()) {
        if (!pkg.getRules().isEmpty()) {
          perfPackages.add(pkg.getName());
        }
        pkg.getRules().forEach(rule -> perfRules.add(rule.getName()));
      }
      List<String> problems = new ArrayList<>();
      for (KiePackage pkg : hostPackages) {
        for (Rule rule : pkg.getRules()) {
          String where = sheetOf(rule) + ": rule \"" + rule.getName() + "\"";
          if (perfRules.contains(rule.getName())) {
            problems.add(where + " has the name of one of perf's rules; name host rules after the host's own checkpoints");
          } else if (perfPackages.contains(pkg.getName())) {
            problems.add(where + " is in perf's own package " + pkg.getName() + "; put host rules in a package of the host's");
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new EngineBuildException(problems, null);
      }
    }

    private static String sheetOf(Rule rule) {
      if (rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null
          && ((RuleImpl) rule).getResource().getSourcePath() != null) {
        return ((RuleImpl) rule).getResource().getSourcePath();
      }
      return "rule sheet";
    }

    private static boolean isPerfs(RuleSheet sheet) {
      return PERF_SHEETS.contains(sheet.name()) && sheet.drl() == null;
    }
  }
}
