package io.perfcomm.rules.training;

import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TRN-02: failing certification in a second training period brings the management-performance penalty. */
class Trn02Test {

  /** A clean employee cycle and a control evaluator MC who failed once, then passed. */
  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess()
        .certification("KC1", "MC", "2026-T1", 1, 60, 60, 60).certification("KC2", "MC", "2026-T2", 2, 90, 90, 90);
  }

  @Test
  void firesOnTheSecondFailedPeriod() {
    Finding finding = given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70)
            .certification("K2", "M2", "2026-T2", 2, 75, 75, 75))
        .expectNo("TRN-02").aboutEvaluator("MC").and()
        .expect("TRN-02").aboutEvaluator("M2").withSeverity(Severity.WARNING).citing("K1", "K2")
        .withArgument("failedPeriods", 2).withArgument("penaltyPoints", 10)
        .withArgument("periods", List.of("2026-T1", "2026-T2")).times(1).findings().get(0);
    assertTrue(finding.employee().isEmpty(), "a TRN finding names no employee");
  }

  @Test
  void silentAfterOneFailedPeriod() {
    given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70)).expectNone("TRN-02");
  }

  @Test
  void twoFailedAttemptsInOnePeriodAreOneFailedPeriod() {
    given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70).certification("K2", "M2", "2026-T1", 2, 75, 75, 75))
        .expectNone("TRN-02");
  }

  @Test
  void anIncompleteAttemptIsNotAFailure() {
    given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70).certification("K2", "M2", "2026-T2", 2, 50, 50))
        .expectNone("TRN-02");
  }

  @Test
  void aPeriodPassedAtTheMarkIsNotFailed() {
    given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70).certification("K2", "M2", "2026-T2", 2, 80, 80, 80))
        .expectNone("TRN-02");
  }

  @Test
  void aLaterPassDoesNotLiftThePenalty() {
    given(june().certification("K1", "M2", "2026-T1", 1, 70, 70, 70).certification("K2", "M2", "2026-T2", 2, 70, 70, 70)
            .certification("K3", "M2", "2026-T3", 3, 95, 95, 95))
        .expect("TRN-02").aboutEvaluator("M2").citing("K1", "K2").times(1);
  }

  @Test
  void policySetsThePeriodsAndThePoints() {
    Scenario twoFailures = june().policy(p -> p.failedPeriodsForPenalty(3).penaltyPoints(5))
        .certification("K1", "M2", "2026-T1", 1, 70, 70, 70).certification("K2", "M2", "2026-T2", 2, 70, 70, 70);
    given(twoFailures).expectNone("TRN-02");
    given(twoFailures.certification("K3", "M2", "2026-T3", 3, 70, 70, 70))
        .expect("TRN-02").aboutEvaluator("M2").withArgument("penaltyPoints", 5).withArgument("required", 3).times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("TRN-02")).certification("K1", "M2", "2026-T1", 1, 70, 70, 70)
            .certification("K2", "M2", "2026-T2", 2, 70, 70, 70))
        .expectNone("TRN-02");
  }
}
