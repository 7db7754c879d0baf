package io.perfcomm.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agendas' own rule base: the agenda sheets (one per communication type, the result interview's
 * one per part of the talk, the situations' and a shared one), compiled on first use into a KieBase
 * separate from the check's, so a check never carries an agenda rule and an agenda session never
 * re-runs a checkpoint. Agenda sessions get the employee's records, the process facts and the check's
 * findings about the employee as facts; they insert topics and talking points. Thread-safe: the rule
 * base is built once, sessions come from a pool.
 */
final class AgendaRules {

  /** Where perf's agenda sheets live: package {@code io.perfcomm.rules.agenda}. */
  static final String FOLDER = "io/perfcomm/rules/agenda/";

  /** perf's agenda sheets, in package {@code io.perfcomm.rules.agenda}; the result interview's in its items' order. */
  static final List<String> SHEETS = List.of(
      "io/perfcomm/rules/agenda/shared.drl",
      "io/perfcomm/rules/agenda/result-preparation.drl",
      "io/perfcomm/rules/agenda/result.drl",
      "io/perfcomm/rules/agenda/result-review.drl",
      "io/perfcomm/rules/agenda/result-objections.drl",
      "io/perfcomm/rules/agenda/result-plan.drl",
      "io/perfcomm/rules/agenda/result-closing.drl",
      "io/perfcomm/rules/agenda/indicator.drl",
      "io/perfcomm/rules/agenda/role.drl",
      "io/perfcomm/rules/agenda/daily.drl",
      "io/perfcomm/rules/agenda/application.drl",
      "io/perfcomm/rules/agenda/situation.drl");

  private static final Logger LOG = LoggerFactory.getLogger(AgendaRules.class);

  private final ClassLoader classLoader;
  private final int maxRuleFirings;
  private final int maxFacts;
  private volatile KieSessionsPool sessions;
  private volatile KieBase kieBase;

  AgendaRules(ClassLoader classLoader, int maxRuleFirings, int maxFacts) {
    this.classLoader = classLoader;
    this.maxRuleFirings = maxRuleFirings;
    this.maxFacts = maxFacts;
  }

  /**
   * Fires the agenda rules over the facts; every fact in the session at the end. The session is
   * bounded as a check's is: at most {@code maxFacts} facts and {@code maxRuleFirings} firings.
   */
  List<Object> fire(Collection<?> facts) {
    KieSession session = pool().newKieSession();
    SessionGuard guard = new SessionGuard(Set.of(), maxFacts, false);
    session.addEventListener(guard);
    try {
      facts.forEach(session::insert);
      int fired = session.fireAllRules(guard, maxRuleFirings);
      if (fired >= maxRuleFirings) {
        throw new RuleExecutionException(guard.lastRule(), "rule \"" + guard.lastRule() + "\" fired " + maxRuleFirings
            + " times without end (the limit); it probably re-triggers itself", null);
      }
      return new ArrayList<>(session.getObjects());
    } catch (ConsequenceException e) {
      String rule = e.getRule() == null ? guard.lastRule() : e.getRule().getName();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof SessionGuard.TooManyFacts) {
        throw tooManyFacts(rule);
      }
      throw new RuleExecutionException(rule, "rule \"" + rule + "\" failed: " + cause, cause);
    } catch (SessionGuard.TooManyFacts e) {
      // Over the bound before any rule fired: the employee's records are to blame, not a rule.
      throw guard.lastRule().isEmpty()
          ? new RuleExecutionException("", "the agenda has more than " + maxFacts + " facts (the limit per session);"
              + " raise maxFactsPerSession", null)
          : tooManyFacts(guard.lastRule());
    } catch (RuleExecutionException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A condition failed while Drools matched (no consequence ran): named by the rule that fired last.
      String last = guard.lastRule();
      throw new RuleExecutionException(last, "an agenda rule condition failed"
          + (last.isEmpty() ? "" : " after rule \"" + last + "\" fired") + ": " + e, e);
    } finally {
      session.removeEventListener(guard);
      session.dispose();
    }
  }

  private RuleExecutionException tooManyFacts(String rule) {
    return new RuleExecutionException(rule, "rule \"" + rule + "\" inserted more than " + maxFacts
        + " facts in one agenda session (the limit); it probably inserts without end", null);
  }

  /** The names of the agenda rules, package-qualified ({@code io.perfcomm.rules.agenda/AGENDA ...}). */
  Set<String> ruleNames() {
    return ruleNames(base());
  }

  /** The package-qualified names of a rule base's rules. */
  static Set<String> ruleNames(KieBase base) {
    Set<String> names = new TreeSet<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        names.add(pkg.getName() + "/" + rule.getName());
      }
    }
    return names;
  }

  private KieSessionsPool pool() {
    KieSessionsPool pool = sessions;
    if (pool == null) {
      synchronized (this) {
        if (sessions == null) {
          sessions = base().newKieSessionsPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
        pool = sessions;
      }
    }
    return pool;
  }

  private KieBase base() {
    KieBase base = kieBase;
    if (base == null) {
      synchronized (this) {
        if (kieBase == null) {
          kieBase = build();
        }
        base = kieBase;
      }
    }
    return base;
  }

  private KieBase build() {
    long started = System.nanoTime();
    // From the executable model generated at perf's build: no DRL parser, MVEL or ecj at run time.
    KieBase base = ExecutableModel.kieBase(SHEETS, KieServices.get().newKieBaseConfiguration(null, classLoader));
    LOG.debug("built the agenda rule base from {} sheets in {} ms", SHEETS.size(), (System.nanoTime() - started) / 1_000_000);
    return base;
  }

  /** The agenda base compiled from the DRL at run time, to compare with the executable model in tests. */
  KieBase buildFromDrl() {
    long started = System.nanoTime();
    KieBase base = new RuleCompiler(classLoader).compile(SHEETS.stream().map(RuleSheet::classPath).toList()).newKieBase();
    LOG.debug("compiled the agenda rule base from {} sheets in {} ms", SHEETS.size(), (System.nanoTime() - started) / 1_000_000);
    return base;
  }
}
