package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Confidential values never appear in a record's text form, so no log line can carry them. */
class RedactionTest {

  @Test
  void namesScoresAndNotesAreLeftOutOfToString() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
    String text = cycle.people().toString() + cycle.evaluations() + cycle.records() + cycle.interviews();
    assertTrue(text.contains("E1"), "ids stay, so logs can still say which record");
    assertFalse(text.contains("name=E1"), text);
    assertFalse(text.contains("keeps the key accounts"), text);
    assertFalse(text.contains("score=90"), text);
    assertFalse(text.contains("record R-E1-1"), text);
    assertFalse(text.contains("Review the result"), text);
  }
}
