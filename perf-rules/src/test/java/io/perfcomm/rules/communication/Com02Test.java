package io.perfcomm.rules.communication;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COM-02: at least N communications or formal interviews in the period before scoring. */
class Com02Test {

  @Test
  void firesWhenOnlyOneCommunicationBeforeScoring() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .scoredAt("2026-07-01T10:00"))
        .expect("COM-02").about("E1").withSeverity(Severity.ERROR).citing("C-E1-1", "V-E1")
        .withArgument("count", 1).withArgument("required", 2).times(1)
        .and().expectNo("COM-02").about("CONTROL");
  }

  @Test
  void silentWithExactlyTwoCommunicationsBeforeScoring() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .communication(DAILY, "2026-06-20T10:00", "I1")
            .scoredAt("2026-07-01T10:00"))
        .expectNone("COM-02");
  }

  @Test
  void communicationsAfterScoringDoNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .scoredAt("2026-06-30T09:00")
            .communication(DAILY, "2026-06-30T09:00", "I1"))
        .expect("COM-02").about("E1").withArgument("count", 1);
  }

  @Test
  void indicatorTalkBeforeThePeriodDoesNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(INDICATOR, "2026-05-28T10:00", "I1")
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .scoredAt("2026-07-01T10:00"))
        .expect("COM-02").about("E1").withArgument("count", 1);
  }

  @Test
  void policyCanRequireMoreCommunications() {
    given(june().policy(p -> p.minCommunicationsBeforeScoring(3)).employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .communication(DAILY, "2026-06-20T10:00", "I1")
            .scoredAt("2026-07-01T10:00"))
        .expect("COM-02").about("E1").withArgument("required", 3);
  }

  @Test
  void onlyInfoWhileScoringIsStillAhead() {
    given(june().asOf("2026-06-25T18:00").employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("COM-02").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-02.due.message")
        .withArgument("missing", 1).times(1);
  }

  @Test
  void notScoredStillInfoOnTheScoringDeadlineDay() {
    // 30 June + 5 days is Sunday 5 July: the scoring deadline moves to Monday 6 July.
    given(june().asOf("2026-07-06T23:00").employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("COM-02").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-02.due.message")
        .withArgument("deadline", LocalDate.parse("2026-07-06")).times(1);
  }

  @Test
  void notScoredPastTheScoringDeadlineWithTooFewCommunicationsIsAnError() {
    given(june().asOf("2026-07-07T00:00").employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1"))
        .expect("COM-02").about("E1").withSeverity(Severity.ERROR).withMessageKey("COM-02.unscored.message")
        .citing("C-E1-1").withArgument("count", 1).withArgument("deadline", LocalDate.parse("2026-07-06")).times(1);
  }

  @Test
  void notScoredPastTheScoringDeadlineWithEnoughCommunicationsIsLeftToEva05() {
    given(june().asOf("2026-07-08T09:00").employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .communication(DAILY, "2026-06-20T10:00", "I1"))
        .expectNone("COM-02");
  }

  @Test
  void disabledByIdInTheEngine() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00"))
        .using(PerfEngine.builder().disable("COM-02").build())
        .expectNone("COM-02");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("COM-02")).employee("E1").indicator("I1", RESULT, 100)
            .scoredAt("2026-07-01T10:00"))
        .expectNone("COM-02");
  }
}
