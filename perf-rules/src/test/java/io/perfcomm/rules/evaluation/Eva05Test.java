package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * EVA-05: scoring is on time inside the SCORING window, from the start of the period's last working
 * day to the end of the scoring deadline (period end + scoringDeadlineDays, moved off non-working
 * days). June 2026 ends on Tuesday 30th; 5 July is a Sunday, so the deadline is Monday 6 July. May
 * 2026 ends on Sunday 31st; its last working day is Friday 29th.
 */
class Eva05Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", scenario.period().start().plusDays(9).toString());
  }

  private static Scenario scoredAt(Scenario scenario, String at) {
    return e1(scenario).scoredAt(at).score("I1", 80, true, "R1")
        .strength("keeps the accounts", "R1").weakness("late reports", "R1");
  }

  private static Scenario may() {
    return Scenario.month("2026-05").employee("CONTROL").followsStandardProcess();
  }

  @Test
  void silentWhenScoredOnFridayTheLastWorkingDayOfAMonthEndingOnSunday() {
    given(scoredAt(may(), "2026-05-29T16:00")).expectNone("EVA-05");
  }

  @Test
  void silentWhenScoredAtTheStartOfTheLastWorkingDay() {
    given(scoredAt(may(), "2026-05-29T00:00")).expectNone("EVA-05");
  }

  @Test
  void firesWhenScoredTheDayBeforeTheLastWorkingDay() {
    given(scoredAt(may(), "2026-05-28T23:59"))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.early.message")
        .citing("V-E1").withArgument("scoredAt", LocalDateTime.of(2026, 5, 28, 23, 59))
        .withArgument("from", LocalDate.of(2026, 5, 29)).withArgument("end", LocalDate.of(2026, 5, 31)).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void silentWhenScoredDuringTheLastDayOfThePeriodAWorkingDay() {
    given(scoredAt(june(), "2026-06-30T15:00")).expectNone("EVA-05");
  }

  @Test
  void firesWhenScoredBeforeTheLastDayOfAPeriodEndingOnAWorkingDay() {
    given(scoredAt(june(), "2026-06-29T23:59"))
        .expect("EVA-05").about("E1").withMessageKey("EVA-05.early.message")
        .withArgument("from", LocalDate.of(2026, 6, 30)).times(1);
  }

  @Test
  void silentWhenScoredLateOnTheDeadlineMovedOffTheWeekend() {
    given(scoredAt(june(), "2026-07-06T23:59")).expectNone("EVA-05");
  }

  @Test
  void firesWhenScoredTheDayAfterTheDeadline() {
    given(scoredAt(june(), "2026-07-07T00:00"))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.message").citing("V-E1")
        .withArgument("deadline", LocalDate.of(2026, 7, 6)).withArgument("days", 5).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void aHolidayOnTheDeadlineMovesItToTheNextWorkingDay() {
    given(scoredAt(june().policy(p -> p.calendar(CalendarPolicy.builder().addHolidays(LocalDate.of(2026, 7, 6)).build())), "2026-07-07T18:00"))
        .expectNone("EVA-05");
  }

  @Test
  void firesWhenNotScoredAndTheDeadlineHasPassed() {
    given(e1(june()))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.missing.message")
        .withArgument("deadline", LocalDate.of(2026, 7, 6)).times(1)
        .and().expectNo("EVA-05").about("CONTROL");
  }

  @Test
  void onlyInfoWhileTheDeadlineDayIsNotOver() {
    given(e1(june().asOf("2026-07-06T23:59")))
        .expect("EVA-05").about("E1").withSeverity(Severity.INFO).withMessageKey("EVA-05.due.message")
        .withArgument("from", LocalDate.of(2026, 6, 30)).withArgument("deadline", LocalDate.of(2026, 7, 6)).times(1);
  }

  @Test
  void errorFromMidnightAfterTheDeadlineDay() {
    given(e1(june().asOf("2026-07-07T00:00")))
        .expect("EVA-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("EVA-05.missing.message").times(1);
  }

  @Test
  void policyCanGiveMoreDaysToScore() {
    given(scoredAt(june().policy(p -> p.scoringDeadlineDays(10)), "2026-07-10T10:00"))
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
