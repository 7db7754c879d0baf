package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.perfcomm.core.Period;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.rules.agenda.NextPeriod;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The period that starts next after asOf, found without stepping through every period in between. */
class AgendaNextPeriodTest {

  private static final Period JUNE = Period.of("2026-06", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));

  @Test
  void theNextPeriodAfterAMomentInTheMonthAfterStartsTheMonthAfterThat() {
    NextPeriod next = AgendaPlanner.nextPeriod(JUNE, EffectivePolicy.DEFAULTS, LocalDateTime.parse("2026-07-15T09:00"));
    assertEquals(LocalDate.parse("2026-08-01"), next.start());
  }

  @Test
  void aMomentOnThe1stIsInThePeriodStartingThatDay() {
    NextPeriod next = AgendaPlanner.nextPeriod(JUNE, EffectivePolicy.DEFAULTS, LocalDateTime.parse("2026-08-01T00:00"));
    assertEquals(LocalDate.parse("2026-09-01"), next.start());
  }

  @Test
  void aMomentCenturiesAheadIsFoundAtOnce() {
    NextPeriod next = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> AgendaPlanner.nextPeriod(JUNE, EffectivePolicy.DEFAULTS, LocalDateTime.parse("+100000-03-15T09:00")));
    assertEquals(LocalDate.parse("+100000-04-01"), next.start());
  }

  @Test
  void aPeriodOfDaysStepsByItsLength() {
    Period tenDays = Period.of("P10", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-10"));
    NextPeriod next = AgendaPlanner.nextPeriod(tenDays, EffectivePolicy.DEFAULTS, LocalDateTime.parse("2026-06-25T09:00"));
    assertEquals(LocalDate.parse("2026-07-01"), next.start());
  }
}
