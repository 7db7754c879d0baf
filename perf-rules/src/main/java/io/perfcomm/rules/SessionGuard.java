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
 * instead of filling the heap. One object per session, as both filter and listener: the checks it
 * adds are a field write per firing and an increment per insert.
 */
final class SessionGuard implements AgendaFilter, RuleRuntimeEventListener {

  private final Set<String> disabled;
  private final int maxFacts;
  private int facts;
  // Read by the caller's thread at the time limit, to name the rule that was firing.
  private volatile String lastRule = "";

  SessionGuard(Set<String> disabled, int maxFacts) {
    this.disabled = disabled;
    this.maxFacts = maxFacts;
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
  public void objectDeleted(ObjectDeletedEvent event) {}

  /** A session went over its bound on inserted facts. */
  static final class TooManyFacts extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyFacts(int limit) {
      super("more than " + limit + " facts in one session (the limit)", null, false, false);
    }
  }
}
