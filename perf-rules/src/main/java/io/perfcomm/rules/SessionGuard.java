package io.perfcomm.rules;

import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Watches one rule session: keeps the rules of disabled checkpoints from firing, remembers the rule
 * firing now, and counts the facts inserted so that a rule inserting without end fails its check
 * instead of filling the heap. With host sheets loaded it also refuses the deletion of perf's own
 * facts (a finding, a domain fact), which would change a verdict without a word. One object per
 * session, as both filter and listener: the checks it adds are a field write per firing and an
 * increment per insert.
 */
final class SessionGuard implements AgendaFilter, RuleRuntimeEventListener {

  private final Set<String> disabled;
  private final int maxFacts;
  // perf's own rules never delete a fact: only a host's could, so only then is a delete looked at.
  private final boolean hostRules;
  private int facts;
  // Read by the caller's thread at the time limit, to name the rule that was firing.
  private volatile String lastRule = "";

  SessionGuard(Set<String> disabled, int maxFacts, boolean hostRules) {
    this.disabled = disabled;
    this.maxFacts = maxFacts;
    this.hostRules = hostRules;
  }

  /** The rule that fired last (the one firing now, while a consequence runs); empty before the first. */
  String lastRule() {
    return lastRule;
  }

  @Override
  public boolean accept(Match match) {
    String name = match.getRule().getName();
    if (!disabled.isEmpty()) {
      int space = name.indexOf(' ');
      if (disabled.contains(space < 0 ? name : name.substring(0, space))) {
        return false;
      }
    }
    lastRule = name;
    return true;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (++facts > maxFacts) {
      // Thrown inside the inserting consequence, so Drools reports it as that rule's failure.
      throw new TooManyFacts(maxFacts);
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {}

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    if (hostRules && isPerfs(event.getOldObject())) {
      // Thrown inside the deleting consequence, so Drools reports it as that rule's failure.
      throw new PerfFactDeleted(event.getOldObject().getClass().getSimpleName());
    }
  }

  /** A finding or a fact perf inserted or derived: its class is one of perf's own. */
  private static boolean isPerfs(Object fact) {
    String name = fact == null ? "" : fact.getClass().getName();
    return name.startsWith("io.perfcomm.core.") || name.startsWith("io.perfcomm.rules.");
  }

  /** A rule deleted (retracted) one of perf's facts or findings. */
  static final class PerfFactDeleted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;

    PerfFactDeleted(String type) {
      super("deleted perf's " + type + " fact", null, false, false);
      this.type = type;
    }

    /** The simple class name of the deleted fact, e.g. {@code Finding}. */
    String type() {
      return type;
    }
  }

  /** A session went over its bound on inserted facts. */
  static final class TooManyFacts extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyFacts(int limit) {
      super("more than " + limit + " facts in one session (the limit)", null, false, false);
    }
  }
}
