package io.perfcomm.examples.bench;

import io.perfcomm.rules.PerfEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling perf's rule sheets into an engine. {@code cold} is the first build in a fresh JVM, Drools'
 * class loading included — what a host pays once at start-up; {@code warm} is a rebuild in a JVM that
 * has built engines before.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBuildBenchmark {

  /** One build per fresh JVM, in 10 JVMs. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public PerfEngine cold() {
    return PerfEngine.builder().build();
  }

  /** One build with a host sheet, compiled from DRL at run time into perf's rule base, per fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public PerfEngine coldWithHostSheet() {
    return PerfEngine.builder().addRules("acme.drl", HostRulesBenchmark.HOST_SHEET).build();
  }

  /** The host sheet alone in a rule base of its own, per fresh JVM: what a second rule base costs to build. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public PerfEngine coldHostSheetAlone() {
    return PerfEngine.builder().withoutPerfRules().addRules("acme.drl", HostRulesBenchmark.HOST_SHEET).build();
  }

  /** Builds in a JVM that has built engines for a while. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public PerfEngine warm() {
    return PerfEngine.builder().build();
  }
}
