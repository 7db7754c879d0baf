package io.perfcomm.rules;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.SeenAtAsOf;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.PolicyProblems;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.due.DueList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
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
  private final SessionRunner runner;
  private final AgendaRules agendaRules;
  private final EnginePolicy policies;
  private final Map<String, Checkpoint> checkpoints;
  private final KnownCheckpoints known;
  private final MessageBundles messages;
  private final Clock clock;
  private final boolean parallel;

  private PerfEngine(Builder builder, KieBase kieBase, KnownCheckpoints known, boolean hostRules) {
    this.kieBase = kieBase;
    this.runner = new SessionRunner(kieBase, builder.maxRuleFirings, builder.maxFactsPerSession, builder.timeLimit,
        hostRules);
    // The agendas' own rule base, compiled on the first agenda: a check never builds or runs it.
    this.agendaRules = new AgendaRules(builder.classLoader, builder.maxRuleFirings, builder.maxFactsPerSession);
    this.checkpoints = Map.copyOf(builder.checkpoints);
    this.known = known;
    this.policies = new EnginePolicy(builder.policy, builder.disabled, builder.ignoreCyclePolicy, checkpoints, known);
    // The host's bundles first: a host can word perf's own texts its way.
    List<String> bundles = new ArrayList<>(builder.hostBundles);
    bundles.addAll(MessageBundles.PERF_BUNDLES);
    this.messages = new MessageBundles(bundles, builder.classLoader);
    this.clock = builder.clock;
    this.parallel = builder.parallel;
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
    policies.requireKnownIds(file);
    // The cycle as it stood at asOf: events dated after it have not happened yet (DOMAIN.md §6.1).
    SeenAtAsOf seen = SeenAtAsOf.of(file, asOf);
    Cycle cycle = seen.cycle();
    // The engine's policy is the company's; it wins over what the cycle file carries.
    Policy merged = policies.merged(cycle);
    Map<DepartmentId, DepartmentPolicy> departments = new ConcurrentHashMap<>();
    List<Partition> partitions = CycleFacts.partition(cycle);
    CheckRun run = runner.newRun(cycle, asOf);
    AtomicInteger next = new AtomicInteger();
    // One task per worker, each taking the next partition until none is left: a check hands work to
    // another thread once per worker, not once per session.
    int tasks = parallel && partitions.size() >= PARALLEL_THRESHOLD ? runner.threads() : 1;
    List<Finding> findings = run.onWorkers(tasks, slot -> {
          List<Finding> found = new ArrayList<>();
          for (int i; !run.stopped() && (i = next.getAndIncrement()) < partitions.size(); ) {
            Partition partition = partitions.get(i);
            found.addAll(run.findings(slot, partition,
                departments.computeIfAbsent(partition.department(), d -> policies.department(merged, d))));
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
    return report(cycle, asOf, findings, seen, merged, departments);
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
    policies.requireKnownIds(file);
    LocalDateTime asOf = asOf(file);
    // The cycle as it stood at asOf, as check(Cycle) sees it; leftOut counts the whole file's events.
    SeenAtAsOf seen = SeenAtAsOf.of(file, asOf);
    Cycle cycle = seen.cycle();
    Policy merged = policies.merged(cycle);
    Partition partition = CycleFacts.employee(cycle, person);
    CheckRun run = runner.newRun(cycle, asOf);
    Map<DepartmentId, DepartmentPolicy> departments = new ConcurrentHashMap<>();
    DepartmentPolicy own = departments.computeIfAbsent(partition.department(), d -> policies.department(merged, d));
    List<Finding> findings = run.onWorkers(1, slot -> run.findings(slot, partition, own))
        .get(0).stream()
        .sorted()
        .distinct()
        .collect(Collectors.toList());
    return report(cycle, asOf, findings, seen, merged, departments);
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
      Map<DepartmentId, DepartmentPolicy> departments) {
    return new Report(cycle.period(), asOf, findings, messages, policies.disabledIn(cycle), CycleNames.people(cycle),
        seen.leftOut(), merged, EnginePolicy.departmentPolicies(cycle, merged, departments),
        CycleNames.indicators(cycle), SeverityChanges.of(merged));
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
    return policies.disabled();
  }

  /** The policy that applies to a department in a cycle: the cycle's, overridden by the engine's. */
  EffectivePolicy effectivePolicy(Cycle cycle, DepartmentId department) {
    return policies.effective(cycle, department);
  }

  /** The moment of the check: the cycle's {@code asOf}, else now in the cycle's time zone (else the clock's). */
  LocalDateTime asOf(Cycle cycle) {
    return cycle.asOf().orElseGet(() -> LocalDateTime.now(cycle.timeZone().map(clock::withZone).orElse(clock)));
  }

  /**
   * Runs one agenda session on the engine's workers within the time limit: an agenda is bounded as a
   * check is, and fails the same way, with a {@link RuleExecutionException} naming what failed.
   */
  <T> T onWorker(Callable<T> work) {
    return runner.onWorker(work);
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
      sheets.removeIf(CheckRuleBase::isPerfs);
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
      for (String bundle : hostBundles) {
        if (classLoader.getResource(bundle.replace('.', '/') + ".properties") == null) {
          throw new EngineBuildException(List.of(bundle + ": no such message bundle on the class path"), null);
        }
      }
      CheckRuleBase base = CheckRuleBase.of(sheets, classLoader, perfFromDrl);
      KnownCheckpoints known = new KnownCheckpoints(checkpoints.values(), base.kieBase());
      List<String> unknown = new ArrayList<>();
      disabled.forEach(id -> known.problem(id).ifPresent(p -> unknown.add("disable " + p)));
      known.problems(policy).forEach(p -> unknown.add("policy " + p));
      if (!unknown.isEmpty()) {
        throw new EngineBuildException(unknown, null);
      }
      LOG.debug("built the perf engine from {} rule sheets ({} compiled at run time) in {} ms", sheets.size(),
          base.compiledAtRunTime(), (System.nanoTime() - started) / 1_000_000);
      return new PerfEngine(this, base.kieBase(), known, base.hostRules());
    }
  }
}
