package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** EVA-05: scoring happens at or after period end (once its last day is over) and by the scoring deadline. */
class Eva05Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10");
  }

  private static Scenario scoredAt(Scenario scenario, String at) {
    return e1(scenario).scoredAt(at).score("I1", 80, true, "R1")
        .strength("keeps the accounts", "R1").weakness("late reports", "R1");
  }

  @Test
  void firesWhenScoredDuringTheLastDayOfThePeriod() {
    given(scoredAt(june(), "2026-06-30T23:59"))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.early.message")
        .citing("V-E1").withArgument("scoredAt", LocalDateTime.of(2026, 6, 30, 23, 59))
        .withArgument("end", LocalDate.of(2026, 6, 30)).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void silentWhenScoredAtMidnightAfterTheLastDay() {
    given(scoredAt(june(), "2026-07-01T00:00")).expectNone("EVA-05");
  }

  @Test
  void silentWhenScoredLateOnTheDeadlineDay() {
    given(scoredAt(june(), "2026-07-05T23:59")).expectNone("EVA-05");
  }

  @Test
  void firesWhenScoredTheDayAfterTheDeadline() {
    given(scoredAt(june(), "2026-07-06T00:00"))
        .expect("EVA-05").about("E1").withMessageKey("EVA-05.message").citing("V-E1")
        .withArgument("deadline", LocalDate.of(2026, 7, 5)).withArgument("days", 5).times(1);
  }

  @Test
  void firesWhenNotScoredAndTheDeadlineHasPassed() {
    given(e1(june()))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.missing.message")
        .withArgument("deadline", LocalDate.of(2026, 7, 5)).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void onlyInfoWhileTheDeadlineDayIsNotOver() {
    given(e1(june().asOf("2026-07-05T23:59")))
        .expect("EVA-05").about("E1").withSeverity(Severity.INFO).withMessageKey("EVA-05.due.message")
        .withArgument("from", LocalDate.of(2026, 7, 1)).withArgument("deadline", LocalDate.of(2026, 7, 5)).times(1);
  }

  @Test
  void errorFromMidnightAfterTheDeadlineDay() {
    given(e1(june().asOf("2026-07-06T00:00")))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.missing.message").times(1);
  }

  @Test
  void policyCanGiveMoreDaysToScore() {
    given(scoredAt(june().policy(p -> p.scoringDeadlineDays(10)), "2026-07-08T10:00"))
        .expectNone("EVA-05");
  }

  @Test
  void policyCanGiveFewerDaysToScore() {
    given(scoredAt(june().policy(p -> p.scoringDeadlineDays(0)), "2026-07-01T10:00"))
        // The control employee, scored the day after the period too, is late as well.
        .expect("EVA-05").about("E1", "CONTROL").withArgument("deadline", LocalDate.of(2026, 6, 30))
        .withArgument("days", 0).times(2);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-05")))).expectNone("EVA-05");
  }
}
