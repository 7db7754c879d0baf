package io.perfcomm.examples.bench;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.json.CycleJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** The cycles every benchmark checks: the generator's, with a fifth of employees breaching the process. */
final class Workloads {

  /** The share of employees with one or more breaches, as in a company that is still learning the process. */
  static final double BREACH_SHARE = 0.2;

  /** The nightly batch: the whole company. */
  static final int COMPANY = 10_000;

  private Workloads() {}

  /** The whole company's cycle, always the same. */
  static Cycle company() {
    return CycleGenerator.generate(42, COMPANY, BREACH_SHARE);
  }

  /**
   * Single-employee cycles, one per seed, as an HRIS checks on saving one employee's records: the
   * employee with sheet, talks, records, evaluation and interview, and their evaluator.
   */
  static List<Cycle> singleEmployees(int count) {
    return LongStream.range(0, count).mapToObj(seed -> CycleGenerator.generate(seed, 1, BREACH_SHARE))
        .collect(Collectors.toList());
  }

  /** Writes a cycle as a cycle file in a fresh temporary directory. */
  static Path file(Cycle cycle) throws IOException {
    Path dir = Files.createTempDirectory("perf-bench");
    Path file = dir.resolve("company.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CycleJson.write(cycle, out);
    }
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file;
  }
}
