package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.Period;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratedCycle;
import io.perfcomm.core.generator.GeneratorOptions;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over seeds, sizes, breach shares and months, the checkpoints find exactly the breaches the generator
 * injected, person by person (see {@link GeneratedCyclesTest#disagreements}).
 */
class GeneratedCyclesProperties {

  @Test
  void findingsMatchTheInjectedBreachesPersonByPerson() {
    qt().withExamples(20).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 120), doubles().between(0, 1), integers().between(0, 35))
        .checkAssert((seed, employees, share, month) -> assertAgree(GeneratorOptions.builder()
            .seed(seed).employees(employees).breachShare(share).period(month(month)).build()));
  }

  @Test
  void smallTeamsOfMostlyKeyPositionsAgreeToo() {
    // Most employees on a key position, so the weekly cadence of COM-01 is in play in every month.
    qt().withExamples(10).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 60), doubles().between(0, 1), integers().between(0, 35))
        .checkAssert((seed, employees, share, month) -> assertAgree(GeneratorOptions.builder()
            .seed(seed).employees(employees).breachShare(share).period(month(month))
            .employeesPerEvaluator(3).keyPositionShare(0.8).build()));
  }

  private static void assertAgree(GeneratorOptions options) {
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(options);
    Report report = PerfEngine.withDefaults().check(generated.cycle());
    List<String> disagreements = GeneratedCyclesTest.disagreements(generated, report);
    assertTrue(disagreements.isEmpty(), () -> options + ": " + disagreements.size() + " disagreement(s):\n"
        + String.join("\n", disagreements));
  }

  /** A month from 2025-01 on: every way the ISO weeks can fall across a monthly period. */
  private static Period month(int offset) {
    YearMonth month = YearMonth.of(2025, 1).plusMonths(offset);
    return Period.of(month.toString(), month.atDay(1), month.atEndOfMonth());
  }
}
