package io.perfcomm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.perfcomm.core.CycleGens;
import org.junit.jupiter.api.Test;

/** Writing a cycle and reading it back gives an equal cycle, for any cycle. */
class CycleJsonProperties {

  @Test
  void writeThenReadGivesAnEqualCycle() {
    qt().withExamples(40).forAll(CycleGens.cycles())
        .checkAssert(cycle -> assertEquals(cycle, CycleJson.read(CycleJson.write(cycle))));
  }

  @Test
  void writeThenReadGivesAnEqualCycleInUnusualProcessStates() {
    qt().withExamples(40).forAll(CycleGens.perturbedCycles())
        .checkAssert(cycle -> assertEquals(cycle, CycleJson.read(CycleJson.write(cycle))));
  }

  @Test
  void writingIsStable() {
    qt().withExamples(20).forAll(CycleGens.cycles())
        .checkAssert(cycle -> assertEquals(CycleJson.write(cycle), CycleJson.write(CycleJson.read(CycleJson.write(cycle)))));
  }
}
