package io.perfcomm.examples.bench;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import java.io.IOException;
import java.nio.file.Path;
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
 * The nightly batch: a 10,000-employee cycle checked on both cores, in a heap of 256 MB so memory
 * that grew with the company would show as an OutOfMemoryError. {@code fromFile} reads the cycle
 * file, checks it and returns the findings; {@code inMemory} checks the cycle already read;
 * {@code floor} inserts the same facts into sessions of an engine without rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@State(Scope.Benchmark)
public class CompanyBenchmark {

  private PerfEngine engine;
  private PerfEngine floor;
  private Path file;
  private Cycle cycle;

  @Setup
  public void setUp() throws IOException {
    engine = PerfEngine.builder().build();
    floor = PerfEngine.builder().withoutPerfRules().build();
    cycle = Workloads.company();
    file = Workloads.file(cycle);
  }

  /** The file is mapped as it is read, without a copy of its bytes or a JSON tree: it fits in 256 MB too. */
  @Benchmark
  public List<Finding> fromFile() throws IOException {
    return engine.check(CycleJson.read(file)).findings();
  }

  @Benchmark
  public List<Finding> inMemory() {
    return engine.check(cycle).findings();
  }

  @Benchmark
  public List<Finding> floor() {
    return floor.check(cycle).findings();
  }
}
