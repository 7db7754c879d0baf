package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.rules.fact.AsOf;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The rule sessions of one check ({@code check} of a cycle or of one employee), run on the engine's
 * workers within the time limit, each session bounded in rule firings and facts: a rule that throws,
 * fires without end, inserts without end, halts or deletes perf's facts, or runs past the limit fails
 * the whole call with a {@link RuleExecutionException} naming the rule.
 */
final class CheckRun {

  private final Cycle cycle;
  private final AsOf asOf;
  private final KieSessionsPool sessions;
  private final Workers workers;
  private final RuleNames ruleNames;
  private final int maxRuleFirings;
  private final int maxFactsPerSession;
  private final Duration timeLimit;
  private final boolean hostRules;
  private final List<SessionSlot> slots = new ArrayList<>();
  // Set once the call has failed or timed out: workers take no more partitions, and halt a session they start.
  private volatile boolean stopped;

  CheckRun(SessionRunner runner, Cycle cycle, LocalDateTime asOf) {
    this.cycle = cycle;
    this.asOf = new AsOf(asOf);
    this.sessions = runner.sessions;
    this.workers = runner.workers;
    this.ruleNames = runner.ruleNames;
    this.maxRuleFirings = runner.maxRuleFirings;
    this.maxFactsPerSession = runner.maxFactsPerSession;
    this.timeLimit = runner.timeLimit;
    this.hostRules = runner.hostRules;
  }

  /** {@return whether the call has failed or timed out: a worker takes no more partitions} */
  boolean stopped() {
    return stopped;
  }

  /** Runs {@code tasks} copies of the work on the workers, each with a slot of its own; their results in order. */
  <T> List<T> onWorkers(int tasks, Function<SessionSlot, T> work) {
    List<Callable<T>> callables = new ArrayList<>(tasks);
    for (int i = 0; i < tasks; i++) {
      SessionSlot slot = new SessionSlot();
      slots.add(slot);
      callables.add(() -> work.apply(slot));
    }
    // Named at the limit, before the workers are cancelled: an interrupted rule stops firing at once.
    String[] stuck = {""};
    Runnable nameStuckRule = () -> stuck[0] = slots.stream().map(SessionSlot::firing).filter(Objects::nonNull)
        .min(Comparator.comparingLong(SessionSlot.Firing::since)).map(this::stuckRule).orElse("");
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
      throw new RuleExecutionException(rule, "the check ran past its time limit of " + SessionRunner.describe(timeLimit)
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
  private String stuckRule(SessionSlot.Firing firing) {
    Throwable where = new Throwable("stuck", null, false, true) {
      private static final long serialVersionUID = 1L;
    };
    where.setStackTrace(firing.thread().getStackTrace());
    return ruleNames.of(where).orElse(firing.rule());
  }

  private void stop() {
    stopped = true;
    slots.forEach(SessionSlot::halt);
  }

  /**
   * The findings of one partition's session that are not switched off, at the policy's severities and
   * able to say whether its day limits count working days.
   */
  List<Finding> findings(SessionSlot slot, Partition partition, DepartmentPolicy department) {
    EffectivePolicy policy = department.policy();
    List<Finding> findings = new ArrayList<>();
    for (Object fact : fire(slot, partition, policy, List.of())) {
      // A finding of a checkpoint switched off is dropped before it is re-rated and completed.
      if (fact instanceof Finding fired && !policy.isDisabled(fired.checkpoint())) {
        Finding finding = department.withDayCount(department.withPolicySeverity(fired));
        findings.add(finding.period().isPresent() ? finding : Finding.builder().from(finding).period(cycle.period().id()).build());
      }
    }
    return findings;
  }

  /** Fires the rules over a partition plus extra facts; returns every fact in the session at the end. */
  List<Object> fire(SessionSlot slot, Partition partition, EffectivePolicy policy, List<Object> extra) {
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

  /** The deepest cause: what the rule threw, under Drools' wrappers. */
  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
