package io.perfcomm.rules.application;

import static io.perfcomm.core.appeal.ApplicationAction.NO_ACTION;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** APP-01: results are applied within N days of the evaluation, "no action" included. */
class App01Test {

  /** E1 scored on 1 July at 10:00: the result is due to be applied by 15 July at 10:00. */
  private static Scenario scored(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1");
  }

  @Test
  void firesWhenTheResultWasNeverApplied() {
    given(scored(june()))
        .expect("APP-01").about("E1").withSeverity(Severity.ERROR).withMessageKey("APP-01.message").citing("V-E1")
        .withArgument("days", 14).withArgument("deadline", LocalDateTime.parse("2026-07-15T10:00")).times(1)
        .and().expectNo("APP-01").about("CONTROL");
  }

  @Test
  void silentWhenNoActionIsRecordedExactlyAtTheDeadline() {
    given(scored(june()).applied("A1", "2026-07-15T10:00", NO_ACTION)).expectNone("APP-01");
  }

  @Test
  void firesWhenAppliedOneMinuteLate() {
    given(scored(june()).applied("A1", "2026-07-15T10:01", NO_ACTION))
        .expect("APP-01").about("E1").withMessageKey("APP-01.late.message").citing("V-E1", "A1")
        .withArgument("appliedAt", LocalDateTime.parse("2026-07-15T10:01")).times(1);
  }

  @Test
  void anApplicationWithoutAnyActionDoesNotCount() {
    given(scored(june()).applied("A1", "2026-07-05T10:00"))
        .expect("APP-01").about("E1").withMessageKey("APP-01.message").times(1);
  }

  @Test
  void policyCanShortenTheWindow() {
    given(scored(june().policy(p -> p.applicationWithinDays(7))).applied("A1", "2026-07-10T10:00", NO_ACTION))
        .expect("APP-01").about("E1").withMessageKey("APP-01.late.message").withArgument("days", 7);
  }

  @Test
  void onlyInfoWhileTheApplicationIsStillDue() {
    given(scored(june().asOf("2026-07-15T10:00")))
        .expect("APP-01").about("E1").withSeverity(Severity.INFO).withMessageKey("APP-01.due.message").times(1)
        .and().expectNo("APP-01").withSeverity(Severity.ERROR);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("APP-01")))).expectNone("APP-01");
  }
}
