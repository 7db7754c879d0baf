package io.perfcomm.rules.application;

import static io.perfcomm.core.appeal.ApplicationAction.NO_ACTION;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * APP-01: results are applied within N days of scoring ("no action" included), the last day moved off
 * non-working days and the days an appeal on the result was pending not counted.
 */
class App01Test {

  /** E1 scored on Wednesday 1 July at 10:00: fourteen days on, Wednesday 15 July is the last day. */
  private static Scenario scored(Scenario scenario) {
    return scored(scenario, "2026-07-01T10:00");
  }

  private static Scenario scored(Scenario scenario, String at) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt(at).score("I1", 90, true, "R1");
  }

  @Test
  void firesWhenTheResultWasNeverApplied() {
    given(scored(june()))
        .expect("APP-01").about("E1").withSeverity(Severity.ERROR).withMessageKey("APP-01.message").citing("V-E1")
        .withArgument("deadline", LocalDate.parse("2026-07-15")).times(1);
  }

  @Test
  void silentWhenNoActionIsRecordedAtTheEndOfTheLastDay() {
    given(scored(june()).applied("A1", "2026-07-15T23:59", NO_ACTION)).expectNone("APP-01");
  }

  @Test
  void firesWhenAppliedTheDayAfterTheLastDay() {
    given(scored(june()).applied("A1", "2026-07-16T00:00", NO_ACTION))
        .expect("APP-01").about("E1").withMessageKey("APP-01.late.message").citing("V-E1", "A1")
        .withArgument("appliedAt", LocalDateTime.parse("2026-07-16T00:00")).times(1);
  }

  @Test
  void aLastDayOnASaturdayMovesToMonday() {
    // Scored on Saturday 4 July: fourteen days on is Saturday 18 July, so Monday 20 July is the last day.
    given(scored(june(), "2026-07-04T10:00").applied("A1", "2026-07-20T17:00", NO_ACTION)).expectNone("APP-01");
  }

  @Test
  void anApplicationWithoutAnyActionDoesNotCount() {
    given(scored(june()).applied("A1", "2026-07-05T10:00"))
        .expect("APP-01").about("E1").withMessageKey("APP-01.message").times(1);
  }

  @Test
  void policyCanShortenTheWindow() {
    given(scored(june().policy(p -> p.applicationWithinDays(7))).applied("A1", "2026-07-10T10:00", NO_ACTION))
        .expect("APP-01").about("E1").withMessageKey("APP-01.late.message")
        .withArgument("deadline", LocalDate.parse("2026-07-08")).times(1);
  }

  /** E1 appeals on 5 July and hears the decision on 15 July: ten days on hold, so the last day is Monday 27 July. */
  private static Scenario appealed() {
    return scored(june()).appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.DECIDED)
        .decision(Decision.builder().at(LocalDateTime.parse("2026-07-15T10:00")).outcome(DecisionOutcome.UPHELD)
            .reasons("the records support the score").communicatedAt(LocalDateTime.parse("2026-07-15T11:00")).build()));
  }

  @Test
  void theDaysAnAppealWasPendingDoNotCount() {
    // Fifteen July plus the ten days on hold is Saturday 25 July, moved to Monday 27 July.
    given(appealed().applied("A1", "2026-07-27T17:00", NO_ACTION)).expectNone("APP-01");
  }

  @Test
  void firesTheDayAfterTheLastDayExtendedByTheAppeal() {
    given(appealed().applied("A1", "2026-07-28T00:00", NO_ACTION))
        .expect("APP-01").about("E1").withMessageKey("APP-01.late.message")
        .withArgument("deadline", LocalDate.parse("2026-07-27")).times(1);
  }

  @Test
  void onlyInfoWhileAnAppealOnTheResultIsPending() {
    given(scored(june()).appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APP-01").about("E1").withSeverity(Severity.INFO).withMessageKey("APP-01.paused.message").times(1)
        .and().expectNo("APP-01").withSeverity(Severity.ERROR);
  }

  @Test
  void onlyInfoWhileTheApplicationIsStillDue() {
    given(scored(june().asOf("2026-07-15T18:00")))
        .expect("APP-01").about("E1").withSeverity(Severity.INFO).withMessageKey("APP-01.due.message").times(1)
        .and().expectNo("APP-01").withSeverity(Severity.ERROR);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("APP-01")))).expectNone("APP-01");
  }
}
