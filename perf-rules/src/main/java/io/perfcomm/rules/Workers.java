package io.perfcomm.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An engine's own worker threads: daemon threads that run its rule sessions, so that the caller of a
 * check can stop waiting at the time limit, and a stuck rule never holds a thread the host shares
 * (the common ForkJoinPool). Idle workers end after a while; a busy engine keeps one per core.
 *
 * <p>Java cannot stop a thread that spins in plain code and ignores both halt and interrupt. Such a
 * worker is abandoned: it stays busy (using a core) until its rule returns, perhaps never, and the
 * pool grows by one meanwhile so that later checks keep their full set of workers.
 */
final class Workers {

  private static final AtomicInteger POOLS = new AtomicInteger();
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;
  private static final int ABANDONED = 3;
  // While a task waits for a worker, the caller looks this often whether it has started (and its time with it).
  private static final long QUEUED_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final int threads;
  private final ThreadPoolExecutor pool;
  private int abandoned; // guarded by this

  Workers(int threads) {
    this.threads = threads;
    int number = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "perf-check-" + number + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      // A task's failure reaches the caller through its future. What escapes the task is the pool's own
      // bookkeeping failing, in practice an OutOfMemoryError: the default handler would allocate to print
      // it and fail again on stderr; the caller reports running out of memory itself.
      thread.setUncaughtExceptionHandler((t, e) -> {
        if (!(e instanceof OutOfMemoryError)) {
          t.getThreadGroup().uncaughtException(t, e);
        }
      });
      return thread;
    };
    this.pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
  }

  /** How many workers run one large check. */
  int threads() {
    return threads;
  }

  /**
   * Runs the tasks on the workers and returns their results in task order once all have ended. Each
   * task's time starts when a worker takes it: waiting for a worker behind other calls' tasks is not
   * the task's doing, and counting it failed checks under load "while no rule was firing".
   *
   * @throws ExecutionException with the first task failure; the other tasks are cancelled
   * @throws TimeoutException when a task has run longer than {@code timeoutNanos} first; the tasks are
   *     cancelled (interrupted), and those still running are abandoned
   * @throws InterruptedException when the caller is interrupted; the tasks are cancelled
   */
  <T> List<T> runAll(List<Callable<T>> tasks, long timeoutNanos)
      throws ExecutionException, TimeoutException, InterruptedException {
    return runAll(tasks, timeoutNanos, () -> { });
  }

  /**
   * As {@link #runAll(List, long)}, running {@code beforeCancel} at the time limit before the tasks
   * are cancelled (and so interrupted): the caller can still see what they were doing.
   */
  <T> List<T> runAll(List<Callable<T>> tasks, long timeoutNanos, Runnable beforeCancel)
      throws ExecutionException, TimeoutException, InterruptedException {
    CompletionService<T> completion = new ExecutorCompletionService<>(pool);
    List<Tracked<T>> tracked = new ArrayList<>(tasks.size());
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    boolean finished = false;
    try {
      for (Callable<T> task : tasks) {
        Tracked<T> t = new Tracked<>(task);
        tracked.add(t);
        futures.add(completion.submit(t));
      }
      for (int done = 0; done < tasks.size(); ) {
        long wait = untilFirstLimit(tracked, timeoutNanos);
        if (wait <= 0) {
          beforeCancel.run();
          throw new TimeoutException();
        }
        Future<T> next = completion.poll(wait, TimeUnit.NANOSECONDS);
        if (next != null) {
          next.get();
          done++;
        }
      }
      List<T> results = new ArrayList<>(futures.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      finished = true;
      return results;
    } finally {
      if (!finished) {
        for (int i = 0; i < futures.size(); i++) {
          futures.get(i).cancel(true);
          if (tracked.get(i).abandon()) {
            grow();
          }
        }
      }
    }
  }

  /**
   * How long until the first running task reaches its limit (zero or less: one has); while a task
   * still waits for a worker, at most {@link #QUEUED_POLL_NANOS}, so its start is seen.
   */
  private static long untilFirstLimit(List<? extends Tracked<?>> tracked, long timeoutNanos) {
    long now = System.nanoTime();
    long wait = Long.MAX_VALUE;
    for (Tracked<?> task : tracked) {
      int state = task.state.get();
      if (state == RUNNING) {
        wait = Math.min(wait, task.startedAt + timeoutNanos - now);
      } else if (state == QUEUED) {
        wait = Math.min(wait, QUEUED_POLL_NANOS);
      }
    }
    return wait;
  }

  private synchronized void grow() {
    abandoned++;
    pool.setMaximumPoolSize(threads + abandoned);
    pool.setCorePoolSize(threads + abandoned);
  }

  private synchronized void shrink() {
    abandoned--;
    pool.setCorePoolSize(threads + abandoned);
    pool.setMaximumPoolSize(threads + abandoned);
  }

  /** A task that knows whether it has been abandoned, so its end gives the extra worker back. */
  private final class Tracked<T> implements Callable<T> {
    private final Callable<T> task;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    // Written before state leaves QUEUED, so a reader that sees RUNNING sees it.
    private volatile long startedAt;

    Tracked(Callable<T> task) {
      this.task = task;
    }

    @Override
    public T call() throws Exception {
      startedAt = System.nanoTime();
      if (!state.compareAndSet(QUEUED, RUNNING)) {
        return null;
      }
      try {
        return task.call();
      } finally {
        if (!state.compareAndSet(RUNNING, DONE)) {
          shrink();
        }
      }
    }

    /** Marks a task still running as abandoned; false if it never started or has ended. */
    boolean abandon() {
      return state.compareAndSet(RUNNING, ABANDONED);
    }
  }
}
