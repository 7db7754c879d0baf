package io.perfcomm.rules.communication;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.ROLE;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** COM-05: a role communication before scoring when the employee–evaluator relationship is new this period. */
class Com05Test {

  /** E1 moved to evaluator M2 on 10 June; scored on 1 July. */
  private static Scenario newEvaluator(Scenario scenario) {
    return scenario.employee("E1").evaluatedBy("M2").evaluatorSince("2026-06-10").indicator("I1", RESULT, 100);
  }

  @Test
  void firesWhenANewEvaluatorScoredWithoutARoleTalk() {
    given(newEvaluator(june()).communication(DAILY, "2026-06-12T10:00", "I1").scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").withSeverity(Severity.ERROR).citing("V-E1").aboutEvaluator("M2")
        .withArgument("since", LocalDate.parse("2026-06-10")).withArgument("evaluator", PersonId.of("M2"))
        .withArgument("scoredAt", LocalDateTime.parse("2026-07-01T10:00")).times(1)
        .and().expectNo("COM-05").about("CONTROL");
  }

  @Test
  void silentWhenTheRoleTalkIsAMinuteBeforeScoring() {
    given(newEvaluator(june()).communication(ROLE, "2026-07-01T09:59").scoredAt("2026-07-01T10:00"))
        .expectNone("COM-05");
  }

  @Test
  void aRoleTalkAtTheMomentOfScoringIsTooLate() {
    given(newEvaluator(june()).communication(ROLE, "2026-07-01T10:00").scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").times(1);
  }

  @Test
  void aHandoverTalkBeforeTheStartCounts() {
    given(newEvaluator(june()).communication(ROLE, "2026-06-09T16:00").scoredAt("2026-07-01T10:00"))
        .expectNone("COM-05");
  }

  @Test
  void aRoleTalkByTheOutgoingEvaluatorDoesNotCount() {
    given(newEvaluator(june()).communication(ROLE, "2026-06-09T16:00", c -> c.evaluator(PersonId.of("M1")))
            .scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").times(1);
  }

  @Test
  void aNewPositionFromThePeriodStartNeedsARoleTalk() {
    given(june().employee("E1").positionSince("2026-06-01").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").withArgument("since", LocalDate.parse("2026-06-01")).times(1);
  }

  @Test
  void aPromotionUnderTheSameEvaluatorIsToldAsANewPositionNotANewEvaluator() {
    // E1 took a new position on 16 June under M1, their evaluator for years: only the position is new.
    given(june().employee("E1").positionSince("2026-06-16").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("COM-05.position.message")
        .withArgument("since", LocalDate.parse("2026-06-16")).times(1)
        .and().expectNo("COM-05").about("CONTROL");
    // A new evaluator and a new position together: the relationship is new.
    given(newEvaluator(june()).positionSince("2026-06-10").scoredAt("2026-07-01T10:00"))
        .expect("COM-05").about("E1").withMessageKey("COM-05.message").times(1);
  }

  @Test
  void aPromotionNotScoredYetIsDueAsANewPosition() {
    given(june().asOf("2026-07-03T18:00").employee("E1").positionSince("2026-06-16").indicator("I1", RESULT, 100))
        .expect("COM-05").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-05.position.due.message")
        .times(1);
  }

  @Test
  void aRelationshipBegunBeforeThePeriodIsNotNew() {
    given(june().employee("E1").positionSince("2026-05-31").evaluatedBy("M2").evaluatorSince("2026-05-31")
            .indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00"))
        .expectNone("COM-05");
  }

  @Test
  void notScoredYetIsOnlyDueBeforeTheScoringDeadline() {
    // 30 June + 5 days is Sunday 5 July: the scoring deadline moves to Monday 6 July.
    given(newEvaluator(june().asOf("2026-07-06T18:00")))
        .expect("COM-05").about("E1").withSeverity(Severity.INFO).withMessageKey("COM-05.due.message")
        .withArgument("deadline", LocalDate.parse("2026-07-06")).times(1);
  }

  @Test
  void notScoredAndPastTheScoringDeadlineIsAnError() {
    given(newEvaluator(june().asOf("2026-07-07T00:00")))
        .expect("COM-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("COM-05.unscored.message")
        .withArgument("deadline", LocalDate.parse("2026-07-06"))
        .times(1);
  }

  @Test
  void policyScoringDeadlineExtendsTheDueDate() {
    given(newEvaluator(june().asOf("2026-07-08T12:00").policy(p -> p.scoringDeadlineDays(10))))
        .expect("COM-05").about("E1").withSeverity(Severity.INFO)
        .withArgument("deadline", LocalDate.parse("2026-07-10")).times(1);
  }

  @Test
  void disabledByIdInTheEngine() {
    given(newEvaluator(june()).scoredAt("2026-07-01T10:00"))
        .using(PerfEngine.builder().disable("COM-05").build())
        .expectNone("COM-05");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(newEvaluator(june().policy(p -> p.addDisabled("COM-05"))).scoredAt("2026-07-01T10:00"))
        .expectNone("COM-05");
  }
}
