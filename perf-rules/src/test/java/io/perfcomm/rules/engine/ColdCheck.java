package io.perfcomm.rules.engine;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;

/**
 * What a host's test does in a fresh JVM: build an engine, check one scenario. Run by {@link
 * DrlCompilerLoadTest} in a JVM of its own; with an argument, the engine gets a host sheet.
 */
public final class ColdCheck {

  private ColdCheck() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    PerfEngine.Builder builder = PerfEngine.builder();
    if (args.length > 0) {
      builder.addRulesFromClassPath(args[0]);
    }
    PerfEngine engine = builder.build();
    long built = System.nanoTime();
    int findings = engine.check(Scenario.month("2026-06").employee("E1").followsStandardProcess().build()).findings().size();
    long checked = System.nanoTime();
    System.out.printf("cold check: engine %d ms, first check %d ms, %d findings%n", (built - started) / 1_000_000,
        (checked - built) / 1_000_000, findings);
  }
}
