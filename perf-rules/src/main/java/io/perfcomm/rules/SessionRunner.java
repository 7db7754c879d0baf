package io.perfcomm.rules;

import io.perfcomm.core.Cycle;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs an engine's rule sessions on its own workers under its bounds: the time limit, the rule
 * firings and the facts per session. A check's sessions run as one {@link CheckRun}; an agenda's
 * session through {@link #onWorker}. Whatever a rule does, the caller gets a result or a {@link
 * RuleExecutionException}; no Drools exception leaves it.
 */
final class SessionRunner {

  final KieSessionsPool sessions;
  final Workers workers;
  final RuleNames ruleNames;
  final int maxRuleFirings;
  final int maxFactsPerSession;
  final Duration timeLimit;
  // Whether host sheets joined perf's: only then are halts and deletes of perf's facts looked for.
  final boolean hostRules;

  SessionRunner(KieBase kieBase, int maxRuleFirings, int maxFactsPerSession, Duration timeLimit, boolean hostRules) {
    // Sessions come back reset to the pool after each partition: a session's node memories, costly to
    // create for a rule base this size, are made once per concurrent session, not once per employee.
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.sessions = kieBase.newKieSessionsPool(cores);
    this.workers = new Workers(cores);
    this.ruleNames = new RuleNames(kieBase);
    this.maxRuleFirings = maxRuleFirings;
    this.maxFactsPerSession = maxFactsPerSession;
    this.timeLimit = timeLimit;
    this.hostRules = hostRules;
  }

  /** {@return how many worker threads the engine runs sessions on at once} */
  int threads() {
    return workers.threads();
  }

  /** {@return the rule sessions of one check of a cycle at a moment, not started yet} */
  CheckRun newRun(Cycle cycle, LocalDateTime asOf) {
    return new CheckRun(this, cycle, asOf);
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

  /** {@code 30 s}, {@code 200 ms}. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
