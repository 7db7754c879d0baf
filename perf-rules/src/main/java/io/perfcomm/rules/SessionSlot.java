package io.perfcomm.rules;

import org.kie.api.runtime.KieSession;

/**
 * What one worker task of a call runs now: the session, so that the caller can halt it, and its
 * guard, which names the rule firing. Entering and leaving synchronise with {@link #halt}, so a
 * halt never reaches a session that is back in the pool and serving another call.
 */
final class SessionSlot {

  /** A rule being fired in a session, since when the session runs, on which thread. */
  record Firing(String rule, long since, Thread thread) {}

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
