package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A worker stuck in plain Java code is abandoned and replaced: the next call runs at once. A task's
 * time limit counts from when a worker takes it, not while it waits behind other calls.
 */
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

  @Test
  void timeWaitingForAWorkerDoesNotCountAgainstTheLimit() throws Exception {
    // One worker, four calls at once, each 300 ms of work under a 500 ms limit: the last waits about
    // 900 ms for the worker, which must not time it out.
    Workers workers = new Workers(1);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "call " + i;
        calls.add(callers.submit(() -> workers.runAll(List.<Callable<String>>of(() -> {
          Thread.sleep(300);
          return name;
        }), TimeUnit.MILLISECONDS.toNanos(500))));
      }
      for (int i = 0; i < 4; i++) {
        assertEquals(List.of("call " + i), calls.get(i).get(10, TimeUnit.SECONDS));
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aTaskThatWaitedForAWorkerStillTimesOutAtItsLimitFromItsStart() throws Exception {
    Workers workers = new Workers(1);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<List<String>> first = caller.submit(() -> workers.runAll(List.<Callable<String>>of(() -> {
        Thread.sleep(400);
        return "first";
      }), TimeUnit.SECONDS.toNanos(5)));
      Thread.sleep(50); // the first call has the worker
      long started = System.nanoTime();
      Callable<String> sleepsTooLong = () -> {
        Thread.sleep(10_000);
        return "never";
      };
      assertThrows(TimeoutException.class, () -> workers.runAll(List.of(sleepsTooLong), TimeUnit.MILLISECONDS.toNanos(300)));
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      // It could start only once the first call ended (about 350 ms on), then had its 300 ms.
      assertTrue(waited >= 600, "timed out after " + waited + " ms, counting its wait for the worker");
      assertTrue(waited < 5_000, "ran " + waited + " ms past its limit");
      assertEquals(List.of("first"), first.get(5, TimeUnit.SECONDS));
    } finally {
      caller.shutdownNow();
    }
  }
}
