package io.perfcomm.rules.interview;

import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.Response;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * INT-07: the outcome records agreement with the result (signed) or the objections raised; once every
 * objection is settled, the result is confirmed and signed within objectionResponseDays. Answering
 * objections is APL-01's.
 */
class Int07Test {

  private static final LocalDateTime RAISED = LocalDateTime.parse("2026-07-03T10:20");

  private static Outcome outcome(Agreement agreement) {
    return Outcome.builder().agreement(agreement).build();
  }

  private static Objection objection(String id, ObjectionStatus status, boolean answered) {
    Objection.Builder builder = Objection.builder().id(ObjectionId.of(id)).indicator(IndicatorId.of("I1"))
        .raisedAt(RAISED).text("the target was changed mid-month").status(status);
    if (answered) {
      builder.response(Response.builder().at(RAISED.plusMinutes(10)).text("see the signed change").build());
    }
    return builder.build();
  }

  @Test
  void firesWhenTheOutcomeIsNone() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.NONE))))
        .expect("INT-07").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-07.message").citing("T1")
        .times(1)
        .and().expectNo("INT-07").about("CONTROL");
  }

  @Test
  void firesWhenNoOutcomeIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(Optional.empty())))
        .expect("INT-07").about("E1").withMessageKey("INT-07.message").citing("T1").times(1);
  }

  @Test
  void firesWhenSignedWithoutASignatureTime() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.SIGNED))))
        .expect("INT-07").about("E1").withMessageKey("INT-07.unsigned.message").times(1);
  }

  @Test
  void firesWhenObjectedButNoObjectionIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.OBJECTED))))
        .expect("INT-07").about("E1").withMessageKey("INT-07.noObjections.message").times(1);
  }

  @Test
  void anUnansweredObjectionIsApl01sNotInt07s() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.OBJECTED))
            .addObjections(objection("O1", ObjectionStatus.OPEN, false), objection("O2", ObjectionStatus.RESOLVED, false))))
        .expectNone("INT-07");
  }

  @Test
  void firesWhenTheResultIsNotConfirmedOnceEveryObjectionIsSettled() {
    // O1 resolved by its response on 3 July 10:30: the result is to be signed by 10 July (3 + 7 days).
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.OBJECTED))
            .addObjections(objection("O1", ObjectionStatus.RESOLVED, true), objection("O2", ObjectionStatus.WITHDRAWN, false))))
        .expect("INT-07").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-07.unconfirmed.message")
        .citing("T1", "O1", "O2").withArgument("settledAt", RAISED.plusMinutes(10))
        .withArgument("deadline", LocalDate.of(2026, 7, 10)).withArgument("objections", 2).times(1)
        .and().expectNo("INT-07").about("CONTROL");
  }

  @Test
  void onlyInfoWhileTheResultConfirmationIsStillDue() {
    given(scored(june().asOf("2026-07-10T23:59")).interview("T1", "2026-07-03T10:00",
            i -> i.outcome(outcome(Agreement.OBJECTED)).addObjections(objection("O1", ObjectionStatus.RESOLVED, true))))
        .expect("INT-07").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-07.confirmationDue.message")
        .withArgument("deadline", LocalDate.of(2026, 7, 10)).times(1);
  }

  @Test
  void silentWhenSignedAfterTheLastSettlementByTheDeadline() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-10T17:00")).build())
            .addObjections(objection("O1", ObjectionStatus.RESOLVED, true))))
        .expectNone("INT-07");
  }

  @Test
  void aSignatureBeforeTheLastSettlementDoesNotConfirmTheSettledResult() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.SIGNED).signedAt(RAISED.plusMinutes(5)).build())
            .addObjections(objection("O1", ObjectionStatus.RESOLVED, true))))
        .expect("INT-07").about("E1").withMessageKey("INT-07.unconfirmed.message").times(1);
  }

  @Test
  void aSignatureTheDayAfterTheDeadlineIsLate() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-11T09:00")).build())
            .addObjections(objection("O1", ObjectionStatus.RESOLVED, true))))
        .expect("INT-07").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-07.unconfirmed.message").times(1);
  }

  /** E1's objection O1, answered on 3 July, marked resolved after the appeal on it, decided on 20 July and told on 21 July. */
  private static io.perfcomm.core.scenario.Scenario resolvedByAppeal(String signedAt) {
    return scored(june().asOf("2026-08-10T18:00")).interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse(signedAt)).build())
            .addObjections(objection("O1", ObjectionStatus.RESOLVED, true)))
        .appeal("P1", "2026-07-06T09:00", a -> a.objection(ObjectionId.of("O1")).status(AppealStatus.DECIDED)
            .decision(Decision.builder().at(LocalDateTime.parse("2026-07-20T16:00")).outcome(DecisionOutcome.AMENDED)
                .reasons("the bank slip shows the payment in June").communicatedAt(LocalDateTime.parse("2026-07-21T10:00"))
                .build()));
  }

  @Test
  void anObjectionResolvedThroughAnAppealIsSettledWhenTheDecisionIsTold() {
    // Used to be an ERROR: "settled by 3 July" (the evaluator's reply), so the signature of 22 July was late.
    given(resolvedByAppeal("2026-07-22T10:00")).expectNone("INT-07");
    given(resolvedByAppeal("2026-07-29T10:00"))
        .expect("INT-07").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-07.unconfirmed.message")
        .withArgument("settledAt", LocalDateTime.parse("2026-07-21T10:00"))
        .withArgument("deadline", LocalDate.of(2026, 7, 28)).times(1)
        .and().expectNo("INT-07").about("CONTROL");
  }

  @Test
  void anOpenObjectionWithAResponseIsHandled() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.OBJECTED))
            .addObjections(objection("O1", ObjectionStatus.OPEN, true))))
        .expectNone("INT-07");
  }

  @Test
  void escalatedAndWithdrawnObjectionsAreHandled() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.outcome(outcome(Agreement.OBJECTED))
            .addObjections(objection("O1", ObjectionStatus.ESCALATED, false),
                objection("O2", ObjectionStatus.WITHDRAWN, false))))
        .expectNone("INT-07");
  }

  @Test
  void anObjectionLeftOpenAtASignedInterviewIsNoInt07Finding() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.addObjections(objection("O1", ObjectionStatus.OPEN, false))))
        .expectNone("INT-07");
  }

  @Test
  void anInterviewStillAheadIsNotJudged() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        .expectNone("INT-07");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("INT-07")))
            .interview("T1", "2026-07-03T10:00", i -> i.outcome(Optional.empty())))
        .expectNone("INT-07");
  }
}
