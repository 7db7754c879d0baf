package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.rules.PerfEngine;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Checking a batch on several cores gives exactly the findings, in the same order, of checking it on one. */
class ParallelBatchProperties {

  private static final PerfEngine PARALLEL = PerfEngine.builder().parallel(true).build();
  private static final PerfEngine SEQUENTIAL = PerfEngine.builder().parallel(false).build();

  /** Departments' worth of employees: enough sessions that the engine splits the work between cores. */
  private static Gen<Cycle> batches() {
    return longs().all().zip(integers().between(60, 160), doubles().between(0, 1), CycleGenerator::generate);
  }

  @Test
  void parallelCheckGivesTheSequentialFindingsInTheSameOrder() {
    qt().withExamples(12).withShrinkCycles(0).forAll(batches()).checkAssert(cycle ->
        assertEquals(SEQUENTIAL.check(cycle).findings(), PARALLEL.check(cycle).findings()));
  }
}
