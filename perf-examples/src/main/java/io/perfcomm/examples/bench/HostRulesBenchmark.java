package io.perfcomm.examples.bench;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.util.ArrayList;
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
 * Where a host's rule sheet runs: {@code merged} adds it to perf's rule base (what {@code addRules}
 * does: one session per employee runs both, and host rules see the facts perf's rules insert);
 * {@code secondBase} runs it in a rule base of its own over the same facts, a second session per
 * employee; {@code perfOnly} is perf's rules alone, the floor of both. One employee's cycle, as in
 * {@link OneEmployeeBenchmark}; the host sheet is README's ACME-01.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class HostRulesBenchmark {

  static final String HOST_SHEET = "package com.acme.perf;\n"
      + "import io.perfcomm.core.Period;\n"
      + "import io.perfcomm.core.communication.Communication;\n"
      + "import io.perfcomm.core.communication.CommunicationType;\n"
      + "import io.perfcomm.rules.Finding;\n"
      + "import io.perfcomm.rules.fact.Employee;\n"
      + "rule \"ACME-01 every employee has a role talk\"\n"
      + "when\n"
      + "  $period : Period()\n"
      + "  $e : Employee()\n"
      + "  not Communication(employee == $e.id(), type == CommunicationType.ROLE)\n"
      + "then\n"
      + "  insert(Finding.warning(\"ACME-01\").employee($e.id()).arg(\"employee\", $e.id()).arg(\"period\", $period.id()).build());\n"
      + "end\n";

  private static final int CYCLES = 64;

  private PerfEngine perf;
  private PerfEngine merged;
  private PerfEngine hostOnly;
  private List<Cycle> cycles;
  private int index;

  @Setup
  public void setUp() {
    perf = PerfEngine.builder().build();
    merged = PerfEngine.builder().addRules("acme.drl", HOST_SHEET).build();
    hostOnly = PerfEngine.builder().withoutPerfRules().addRules("acme.drl", HOST_SHEET).build();
    cycles = Workloads.singleEmployees(CYCLES);
  }

  private Cycle next() {
    index = (index + 1) % CYCLES;
    return cycles.get(index);
  }

  @Benchmark
  public Report perfOnly() {
    return perf.check(next());
  }

  @Benchmark
  public Report merged() {
    return merged.check(next());
  }

  @Benchmark
  public List<Finding> secondBase() {
    Cycle cycle = next();
    List<Finding> findings = new ArrayList<>(perf.check(cycle).findings());
    findings.addAll(hostOnly.check(cycle).findings());
    return findings;
  }
}
