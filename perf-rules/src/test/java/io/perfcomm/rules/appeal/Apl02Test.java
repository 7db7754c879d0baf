package io.perfcomm.rules.appeal;

import static io.perfcomm.core.appeal.ApplicationAction.IMPROVEMENT_PLAN;
import static io.perfcomm.core.appeal.ApplicationAction.NO_ACTION;
import static io.perfcomm.core.appeal.ApplicationAction.PAY;
import static io.perfcomm.core.appeal.ApplicationAction.PENALTY;
import static io.perfcomm.core.interview.ObjectionStatus.ESCALATED;
import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.interview.ObjectionStatus.RESOLVED;
import static io.perfcomm.core.interview.ObjectionStatus.WITHDRAWN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static io.perfcomm.core.scenario.Scenario.response;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.policy.PayDuringAppeal;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * APL-02: an objection not resolved at the interview is escalated to a formal appeal or withdrawn
 * before pay or a penalty is applied (the applications APL-03 guards).
 */
class Apl02Test {

  /** E1 objects at the interview on 3 July at 10:30 (answered in time, so only APL-02 is in play). */
  private static Scenario objecting(Scenario scenario, ObjectionStatus status) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(
            objection("O1", "2026-07-03T10:30", status).response(response("2026-07-04T10:00")).build()));
  }

  @Test
  void firesWhenPayIsAppliedOverAnOpenObjection() {
    given(objecting(june(), OPEN).applied("A1", "2026-07-10T10:00", PAY))
        .expect("APL-02").about("E1").withSeverity(Severity.ERROR).citing("T1", "O1", "A1")
        .withArgument("objection", ObjectionId.of("O1")).withArgument("status", OPEN)
        .withArgument("appliedAt", LocalDateTime.parse("2026-07-10T10:00")).times(1);
  }

  @Test
  void payMayGoAheadOverAnOpenObjectionUnderPayAndAdjust() {
    given(objecting(june().policy(p -> p.payDuringAppeal(PayDuringAppeal.PAY_AND_ADJUST)), OPEN)
            .applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-02");
  }

  @Test
  void aPenaltyOverAnOpenObjectionFiresUnderPayAndAdjust() {
    given(objecting(june().policy(p -> p.payDuringAppeal(PayDuringAppeal.PAY_AND_ADJUST)), OPEN)
            .applied("A1", "2026-07-10T10:00", PAY).applied("A2", "2026-07-11T10:00", PENALTY))
        .expect("APL-02").about("E1").citing("T1", "O1", "A2").withArgument("holdPay", false).times(1);
  }

  @Test
  void firesWhenAPenaltyIsAppliedOverAnOpenObjection() {
    given(objecting(june(), OPEN).applied("A1", "2026-07-10T10:00", PENALTY))
        .expect("APL-02").about("E1").citing("T1", "O1", "A1").times(1);
  }

  @Test
  void noActionOverAnOpenObjectionIsNotJudged() {
    // Used to fire: recording "no action" pays and penalises nothing while the objection is talked through.
    given(objecting(june(), OPEN).applied("A1", "2026-07-10T10:00", NO_ACTION)).expectNone("APL-02");
  }

  @Test
  void anImprovementPlanOverAnOpenObjectionIsNotJudged() {
    given(objecting(june(), OPEN).applied("A1", "2026-07-10T10:00", IMPROVEMENT_PLAN)).expectNone("APL-02");
  }

  @Test
  void firesWhenEscalatedButNoAppealNamesTheObjection() {
    given(objecting(june(), ESCALATED).applied("A1", "2026-07-10T10:00", PAY)
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-02").about("E1").withArgument("status", ESCALATED).times(1);
  }

  @Test
  void silentWhenAnAppealNamingTheObjectionWasFiledAtTheMomentOfThePay() {
    given(objecting(june(), ESCALATED).applied("A1", "2026-07-10T10:00", PAY)
            .appeal("P1", "2026-07-10T10:00", a -> a.objection(ObjectionId.of("O1"))))
        .expectNone("APL-02");
  }

  @Test
  void firesWhenTheAppealWasFiledOnlyAfterThePay() {
    given(objecting(june(), ESCALATED).applied("A1", "2026-07-10T10:00", PAY)
            .appeal("P1", "2026-07-10T10:01", a -> a.objection(ObjectionId.of("O1"))))
        .expect("APL-02").about("E1").citing("T1", "O1", "A1").times(1);
  }

  @Test
  void silentWhenTheObjectionWasResolvedOrWithdrawn() {
    given(objecting(june(), RESOLVED).applied("A1", "2026-07-10T10:00", PAY)
            .employee("E2").indicator("I2", RESULT, 100).scoredAt("2026-07-01T10:00").score("I2", 70, false)
            .interview("T2", "2026-07-03T10:00", i -> i.addObjections(
                objection("O2", "2026-07-03T10:30", WITHDRAWN).build()))
            .applied("A2", "2026-07-10T10:00", PAY))
        .expectNone("APL-02");
  }

  @Test
  void silentWhileTheResultIsNotAppliedYet() {
    given(objecting(june(), OPEN)).expectNone("APL-02");
  }

  @Test
  void payAtTheMomentOfTheObjectionIsNotAfterIt() {
    given(objecting(june(), OPEN).applied("A1", "2026-07-03T10:30", PAY)).expectNone("APL-02");
  }

  @Test
  void citesOnlyTheFirstPayOrPenaltyAfterTheObjection() {
    given(objecting(june(), OPEN).applied("A0", "2026-07-05T10:00", NO_ACTION).applied("A1", "2026-07-10T10:00", PAY)
            .applied("A2", "2026-07-20T10:00", PENALTY))
        .expect("APL-02").about("E1").citing("T1", "O1", "A1").times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(objecting(june().policy(p -> p.addDisabled("APL-02")), OPEN).applied("A1", "2026-07-10T10:00", PAY))
        .expectNone("APL-02");
  }
}
