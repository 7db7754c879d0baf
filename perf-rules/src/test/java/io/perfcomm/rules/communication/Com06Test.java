package io.perfcomm.rules.communication;

import static io.perfcomm.core.appeal.ApplicationAction.TRAINING_REQUEST;
import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COM-06: an application communication once results are applied, by the application deadline. */
class Com06Test {

  /** E1 scored on 1 July and the result applied on 5 July: the talk is due by 15 July (14 days). */
  private static Scenario applied(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00")
        .applied("A-E1", "2026-07-05T10:00", TRAINING_REQUEST);
  }

  @Test
  void firesWhenResultsAreAppliedWithoutATalk() {
    given(applied(june()))
        .expect("COM-06").about("E1").withSeverity(Severity.ERROR).citing("A-E1", "V-E1").aboutEvaluator("M1")
        .withArgument("deadline", LocalDate.parse("2026-07-15")).times(1)
        .and().expectNo("COM-06").about("CONTROL");
  }

  @Test
  void silentWhenTheTalkIsOnTheDeadlineDay() {
    given(applied(june()).communication(APPLICATION, "2026-07-15T23:00", "I1"))
        .expectNone("COM-06");
  }

  @Test
  void aTalkTheDayAfterTheDeadlineIsCitedButLate() {
    given(applied(june()).communication(APPLICATION, "2026-07-16T09:00", "I1"))
        .expect("COM-06").about("E1").citing("A-E1", "V-E1", "C-E1-1").times(1);
  }

  @Test
  void aTalkBeforeScoringDoesNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100).communication(APPLICATION, "2026-06-30T09:00", "I1")
            .scoredAt("2026-07-01T10:00").applied("A-E1", "2026-07-05T10:00", TRAINING_REQUEST))
        .expect("COM-06").about("E1").times(1);
  }

  @Test
  void silentWhileNothingIsApplied() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00"))
        .expectNone("COM-06");
  }

  @Test
  void aLateApplicationGetsItsTalkDueTheSameDay() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00")
            .applied("A-E1", "2026-07-20T10:00", TRAINING_REQUEST)
            .communication(APPLICATION, "2026-07-20T15:00", "I1"))
        .expectNone("COM-06");
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00")
            .applied("A-E1", "2026-07-20T10:00", TRAINING_REQUEST))
        .expect("COM-06").about("E1").withArgument("deadline", LocalDate.parse("2026-07-20")).times(1);
  }

  @Test
  void onlyInfoWhileTheDeadlineIsAhead() {
    given(applied(june().asOf("2026-07-15T18:00")))
        .expect("COM-06").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-06.due.message")
        .citing("A-E1", "V-E1").times(1);
  }

  @Test
  void policyApplicationDaysShortenTheDeadline() {
    given(applied(june().policy(p -> p.applicationWithinDays(7))).communication(APPLICATION, "2026-07-09T09:00", "I1"))
        .expect("COM-06").about("E1").withArgument("deadline", LocalDate.parse("2026-07-08")).times(1);
  }

  @Test
  void disabledByIdInTheEngine() {
    given(applied(june()))
        .using(PerfEngine.builder().disable("COM-06").build())
        .expectNone("COM-06");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(applied(june().policy(p -> p.addDisabled("COM-06"))))
        .expectNone("COM-06");
  }
}
