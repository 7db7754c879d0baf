package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** An agenda runs on the engine's workers within its time limit, and fails as a check does. */
class AgendaGuaranteesTest {

  private static Cycle cycle() {
    return Scenario.month("2026-06").employee("E1").indicator("I1", IndicatorLevel.RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 90, true).interview("T1", "2026-07-03T10:00").build();
  }

  @Test
  void anAgendaWithinTheTimeLimitIsMade() {
    Cycle cycle = cycle();
    assertTrue(!PerfEngine.withDefaults().agenda(cycle, InterviewId.of("T1")).items().isEmpty());
  }
}
