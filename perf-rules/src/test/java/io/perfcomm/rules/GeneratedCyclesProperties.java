package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.CycleGens;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratedCycle;
import io.perfcomm.core.generator.GeneratorOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over seeds, sizes, breach shares and months from 2020 to 2030 (every way the ISO weeks and the
 * holidays fall across a monthly period), the checkpoints find exactly the breaches the generator
 * injected, person by person (see {@link GeneratedCyclesTest#disagreements}).
 */
class GeneratedCyclesProperties {

  @Test
  void findingsMatchTheInjectedBreachesPersonByPerson() {
    qt().withExamples(20).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 120), doubles().between(0, 1), CycleGens.periods())
        .checkAssert((seed, employees, share, period) -> assertAgree(GeneratorOptions.builder()
            .seed(seed).employees(employees).breachShare(share).period(period).build()));
  }

  @Test
  void smallTeamsOfMostlyKeyPositionsAgreeToo() {
    // Most employees on a key position, so the weekly cadence of COM-01 is in play in every month.
    qt().withExamples(10).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 60), doubles().between(0, 1), CycleGens.periods())
        .checkAssert((seed, employees, share, period) -> assertAgree(GeneratorOptions.builder()
            .seed(seed).employees(employees).breachShare(share).period(period)
            .employeesPerEvaluator(3).keyPositionShare(0.8).build()));
  }

  private static void assertAgree(GeneratorOptions options) {
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(options);
    Report report = PerfEngine.withDefaults().check(generated.cycle());
    List<String> disagreements = GeneratedCyclesTest.disagreements(generated, report);
    assertTrue(disagreements.isEmpty(), () -> options + ": " + disagreements.size() + " disagreement(s):\n"
        + String.join("\n", disagreements));
  }
}
