package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * EVA-07 month-end summary (月底总结): a SUMMARY record dated in the period's last 7 days (from 24 June
 * 2026) or after it, no later than the scoring day; while not scored, INFO until the scoring deadline
 * (Monday 6 July 2026) has passed.
 */
class Eva07Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10");
  }

  private static Scenario scored(Scenario scenario) {
    return e1(scenario).scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1");
  }

  @Test
  void firesWhenScoredWithoutAMonthEndSummary() {
    given(scored(june()))
        .expect("EVA-07").about("E1").withSeverity(Severity.WARNING).withMessageKey("EVA-07.message").citing("V-E1")
        .withArgument("from", LocalDate.of(2026, 6, 24)).withArgument("scoredAt", LocalDateTime.of(2026, 7, 1, 10, 0))
        .withArgument("summaries", 0).times(1);
  }

  @Test
  void aSummaryOnTheFirstOfTheLastSevenDaysCounts() {
    given(scored(june()).summary("S1", "2026-06-24")).expectNone("EVA-07");
  }

  @Test
  void aSummaryTheDayBeforeTheLastSevenDaysIsNoMonthEndSummary() {
    given(scored(june()).summary("S1", "2026-06-23"))
        .expect("EVA-07").about("E1").citing("V-E1", "S1").withArgument("summaries", 1).times(1);
  }

  @Test
  void aSummaryAfterThePeriodOnTheScoringDayCounts() {
    given(scored(june()).summary("S1", "2026-07-01")).expectNone("EVA-07");
  }

  @Test
  void aSummaryWrittenAfterScoringDoesNotCount() {
    given(scored(june()).summary("S1", "2026-07-02"))
        .expect("EVA-07").about("E1").citing("V-E1", "S1").times(1);
  }

  @Test
  void notScoredYetIsOnlyAReminderUntilTheScoringDeadlineHasPassed() {
    given(e1(june().asOf("2026-07-06T23:59")))
        .expect("EVA-07").about("E1").withSeverity(Severity.INFO).withMessageKey("EVA-07.due.message")
        .withArgument("deadline", LocalDate.of(2026, 7, 6)).times(1);
  }

  @Test
  void notScoredAndNoSummaryOnceTheScoringDeadlineHasPassedIsAWarning() {
    given(e1(june().asOf("2026-07-07T00:00")))
        .expect("EVA-07").about("E1").withSeverity(Severity.WARNING).withMessageKey("EVA-07.missing.message").times(1);
  }

  @Test
  void notScoredButTheSummaryWrittenIsSilent() {
    given(e1(june().asOf("2026-06-30T18:00")).summary("S1", "2026-06-30")).expectNone("EVA-07");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("EVA-07")))).expectNone("EVA-07");
  }
}
