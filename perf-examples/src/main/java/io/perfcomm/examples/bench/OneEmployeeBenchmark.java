package io.perfcomm.examples.bench;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The request path: one employee's cycle (the employee's sheet, talks, evidence, evaluation and
 * interview, and their evaluator — about 50 records) checked on an engine shared by the whole
 * application. Sampled, so the median and the 99th percentile show. {@code floor} inserts the same
 * facts into sessions of an engine without rules; {@code neverFiring} into an engine of as many rules
 * as perf's, none of which fires.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class OneEmployeeBenchmark {

  private static final int CYCLES = 64;

  private PerfEngine engine;
  private PerfEngine floor;
  private PerfEngine neverFiring;
  private List<Cycle> cycles;

  @Setup
  public void setUp() throws IOException {
    engine = PerfEngine.builder().build();
    floor = PerfEngine.builder().withoutPerfRules().build();
    neverFiring = PerfEngine.builder().withoutPerfRules().addRules("never-firing", Workloads.neverFiringSheet()).build();
    cycles = Workloads.singleEmployees(CYCLES);
  }

  /** A different employee each call, so no single shape of cycle is measured. */
  @State(Scope.Thread)
  public static class Pick {
    private int index;

    int next() {
      index = (index + 1) % CYCLES;
      return index;
    }
  }

  @Benchmark
  public Report check(Pick pick) {
    return engine.check(cycles.get(pick.next()));
  }

  @Benchmark
  public Report floor(Pick pick) {
    return floor.check(cycles.get(pick.next()));
  }

  @Benchmark
  public Report neverFiring(Pick pick) {
    return neverFiring.check(cycles.get(pick.next()));
  }
}
