package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The cycle as it stood at asOf (DOMAIN.md §6.1): events dated after it are left out, and counted. */
class SeenAtAsOfTest {

  private static Cycle wellRunJune() {
    return Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
  }

  @Test
  void aCycleWithNothingAfterTheMomentIsTheSameCycleWithNothingLeftOut() {
    Cycle cycle = wellRunJune();
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 12, 31, 0, 0));
    assertSame(cycle, seen.cycle());
    assertEquals(0, seen.leftOut());
  }

  @Test
  void eventsDatedAfterTheMomentAreLeftOutAndCounted() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertTrue(seen.leftOut() > 0);
    assertTrue(seen.cycle().communications().stream().noneMatch(c -> c.at().isAfter(asOf)));
    assertTrue(seen.cycle().records().stream().noneMatch(r -> r.date().isAfter(asOf.toLocalDate())));
    assertTrue(seen.cycle().evaluations().isEmpty(), "scored after asOf: not scored yet");
    assertTrue(seen.cycle().interviews().isEmpty(), "the interview on a score not given yet goes with it");
  }

  @Test
  void everyEventLeftOutIsCountedOnce() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    long talks = cycle.communications().stream().filter(c -> c.at().isAfter(asOf)).count();
    long records = cycle.records().stream().filter(r -> r.date().isAfter(asOf.toLocalDate())).count();
    long scores = cycle.evaluations().size();
    long interviews = cycle.interviews().size();
    long applications = cycle.applications().size();
    long appeals = cycle.appeals().size();
    assertEquals(talks + records + scores + interviews + applications + appeals, SeenAtAsOf.of(cycle, asOf).leftOut());
  }

  @Test
  void anInterviewScheduledAfterTheMomentButNotHeldIsKeptAndNotCounted() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
    LocalDateTime scored = cycle.evaluations().get(0).scoredAt();
    LocalDateTime held = cycle.interviews().get(0).startedAt().orElseThrow();
    LocalDateTime asOf = scored.isAfter(held.minusMinutes(1)) ? scored : held.minusMinutes(1);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertEquals(1, seen.cycle().interviews().size());
    assertTrue(seen.cycle().interviews().get(0).startedAt().isEmpty(), "not held yet at asOf");
    assertEquals(cycle.interviews().get(0).scheduledAt(), seen.cycle().interviews().get(0).scheduledAt());
  }
}
