package io.perfcomm.core.objective;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OBJ-03's readings of a change: re-signed in time (before it took effect), or at all (late included). */
class IndicatorChangeTest {

  /** Decided on 9 June at 10:00, in effect from 15 June. */
  private static IndicatorChange resigned(Optional<String> at) {
    return IndicatorChange.builder().id(ChangeId.of("C1")).sheet(SheetId.of("S1")).indicator(IndicatorId.of("I1"))
        .changedAt(LocalDateTime.parse("2026-06-09T10:00")).effectiveFrom(LocalDate.parse("2026-06-15"))
        .description("a new target").reconfirmedAt(at.map(LocalDateTime::parse)).build();
  }

  @Test
  void aSignatureBeforeTheChangeTakesEffectIsInTimeAndCounts() {
    IndicatorChange change = resigned(Optional.of("2026-06-14T23:59"));
    assertTrue(change.reconfirmedInTime());
    assertTrue(change.reconfirmed());
  }

  @Test
  void aSignatureOnTheDayItTakesEffectIsLateButEndsTheStep() {
    IndicatorChange change = resigned(Optional.of("2026-06-15T00:00"));
    assertFalse(change.reconfirmedInTime());
    assertTrue(change.reconfirmed());
  }

  @Test
  void noSignatureIsNeitherInTimeNorAtAll() {
    IndicatorChange change = resigned(Optional.empty());
    assertFalse(change.reconfirmedInTime());
    assertFalse(change.reconfirmed());
  }
}
