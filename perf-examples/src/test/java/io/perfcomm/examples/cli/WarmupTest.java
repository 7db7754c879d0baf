package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WarmupTest {

  @Test
  void aCheckWithTheDefaultEngineWarmsTheReaderAndTheEngine() {
    assertEquals(Set.of("perf-warmup-reader", "perf-warmup-engine"), Warmup.plan(new String[] {"check", "cycle.json"}));
  }

  @Test
  void anEngineOfItsOwnIsNotBuiltTwice() {
    assertEquals(Set.of("perf-warmup-reader"), Warmup.plan(new String[] {"check", "--rules", "host.drl", "cycle.json"}));
    assertEquals(Set.of("perf-warmup-reader"), Warmup.plan(new String[] {"report", "--disable=COM-03", "cycle.json"}));
  }

  @Test
  void commandsThatCheckNothingWarmNothing() {
    assertEquals(Set.of(), Warmup.plan(new String[] {}));
    assertEquals(Set.of(), Warmup.plan(new String[] {"--help"}));
    assertEquals(Set.of(), Warmup.plan(new String[] {"generate", "--employees", "10"}));
    assertEquals(Set.of(), Warmup.plan(new String[] {"check", "--help"}));
  }
}
