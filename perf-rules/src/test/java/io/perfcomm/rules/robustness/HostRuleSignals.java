package io.perfcomm.rules.robustness;

import java.util.concurrent.CountDownLatch;

/** Signals from host rules under test back to the test: public, as rule code runs in Drools' own class loader. */
public final class HostRuleSignals {

  /** Counted down by the sleeping rule when its sleep is interrupted. */
  public static final CountDownLatch SLEEP_INTERRUPTED = new CountDownLatch(1);

  private HostRuleSignals() {}
}
