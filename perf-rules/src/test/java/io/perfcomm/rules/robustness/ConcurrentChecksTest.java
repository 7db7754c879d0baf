package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One engine shared by many request threads gives every thread the report a lone thread gets. */
class ConcurrentChecksTest {

  private static final int THREADS = 8;
  private static final int CHECKS_PER_THREAD = 500;

  @Test
  void eightThreadsCheckingFiveHundredCyclesEachGetTheSingleThreadedReports() throws Exception {
    PerfEngine engine = PerfEngine.builder().build();
    // Small cycles, different for each thread and each turn, some with breaches: the request path.
    List<Cycle> cycles = IntStream.range(0, 16).mapToObj(seed -> CycleGenerator.generate(seed, 1, 0.5))
        .collect(Collectors.toList());
    List<List<Finding>> expected = cycles.stream().map(c -> engine.check(c).findings()).collect(Collectors.toList());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < CHECKS_PER_THREAD; i++) {
            int pick = (thread * 7 + i) % cycles.size();
            Report report = engine.check(cycles.get(pick));
            assertEquals(expected.get(pick), report.findings(), "thread " + thread + ", check " + i + ", cycle " + pick);
          }
          return CHECKS_PER_THREAD;
        }));
      }
      int checked = 0;
      for (Future<Integer> result : results) {
        checked += result.get(60, TimeUnit.SECONDS);
      }
      assertEquals(THREADS * CHECKS_PER_THREAD, checked);
    } finally {
      pool.shutdownNow();
    }
  }
}
