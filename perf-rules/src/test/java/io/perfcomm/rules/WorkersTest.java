package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A worker stuck in plain Java code is abandoned and replaced: the next call runs at once. */
class WorkersTest {

  @Test
  void stuckWorkerIsAbandonedAndReplaced() throws Exception {
    Workers workers = new Workers(1);
    Callable<String> spins = () -> {
      // Ignores interrupts, as a spinning rule does; ends on its own after 2 s.
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      return "late";
    };
    assertThrows(TimeoutException.class, () -> workers.runAll(List.of(spins), TimeUnit.MILLISECONDS.toNanos(100)));
    long started = System.nanoTime();
    assertEquals(List.of("next"), workers.runAll(List.<Callable<String>>of(() -> "next"), TimeUnit.SECONDS.toNanos(1)));
    assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(900), "the next call waited for the stuck worker");
  }

  @Test
  void workersAreDaemonThreadsOfTheirOwn() throws Exception {
    Workers workers = new Workers(1);
    Thread worker = workers.runAll(List.<Callable<Thread>>of(Thread::currentThread), TimeUnit.SECONDS.toNanos(5)).get(0);
    assertTrue(worker.isDaemon());
    assertTrue(worker.getName().startsWith("perf-check-"), worker.getName());
  }
}
