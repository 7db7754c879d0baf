package io.perfcomm.core.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.CycleGens;
import io.perfcomm.core.Period;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Over seeds, sizes, breach shares and months from 2020 to 2030, every breach the generator injects
 * shows in the records and no other does: the generator keeps its promise before any checkpoint is
 * asked.
 */
class BreachSymptomsProperties {

  @Test
  void everyInjectedBreachShowsAndNoOtherInAnyMonth() {
    qt().withExamples(60).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 60), doubles().between(0, 1), CycleGens.periods())
        .checkAssert((seed, employees, share, period) -> assertShowsWhatWasInjected(GeneratorOptions.builder()
            .seed(seed).employees(employees).breachShare(share).period(period).build()));
  }

  @Test
  void aLateScoreAfterNationalDayStillLeavesASkippedInterviewOverdue() {
    // The week-long holiday moves the scoring deadline to Oct 8; scored late on the Saturday make-up
    // workday (Oct 11) the interview would still be due on asOf (Oct 20), and "skipped" would be no breach.
    GeneratorOptions options = GeneratorOptions.builder().seed(1173824975133457860L).employees(27)
        .breachShare(0.7357230485989689).period(Period.of("2025-09", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30))).build();
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(options);
    assertEquals(EnumSet.of(CycleGenerator.Breach.NO_WEAKNESS, CycleGenerator.Breach.SCORED_LATE,
        CycleGenerator.Breach.INTERVIEW_SKIPPED), generated.breachesOf(io.perfcomm.core.organisation.PersonId.of("E-00020")));
    assertShowsWhatWasInjected(options);
  }

  @Test
  void aKeyPositionMissingWeeksAfterNationalDayAndAWeekOfLeaveStillTalksInOneWeek() {
    // October 2029: the first week is all holiday and one employee's leave takes a whole week, so only
    // two weeks are worked; skipping two would have left no weekly talk at all (the generator failed).
    assertShowsWhatWasInjected(GeneratorOptions.builder().seed(7985948021514253422L).employees(8)
        .breachShare(0.721664360293985).period(Period.of("2029-10", LocalDate.of(2029, 10, 1), LocalDate.of(2029, 10, 31)))
        .build());
  }

  private static void assertShowsWhatWasInjected(GeneratorOptions options) {
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(options);
    for (EmployeeView employee : EmployeeView.of(generated.cycle())) {
      assertEquals(generated.breachesOf(employee.person.id()), BreachSymptoms.shown(employee),
          () -> options + ": " + employee.person.id().value());
    }
  }
}
