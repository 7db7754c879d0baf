package io.perfcomm.rules.training;

import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import io.perfcomm.core.training.Survey;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import io.perfcomm.rules.testing.CheckpointVerifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * TRN-02: failing certification in two consecutive training periods (the second being the retake)
 * costs the evaluator the points of each month's management-performance score from that day until a
 * later pass, and the excellence award and salary adjustment of that calendar year.
 */
class Trn02Test {

  /** June 2026 with a clean employee cycle, evaluator M2, and a control evaluator MC who failed once, then passed. */
  private static final class Training {
    private final Scenario scenario = Scenario.month("2026-06").employee("CONTROL").followsStandardProcess().evaluator("M2");
    private final List<Certification> attempts = new ArrayList<>(List.of(
        attempt("KC1", "MC", "2025-H2", 1, "2025-10-01", 60), attempt("KC2", "MC", "2026-H1", 2, "2026-03-01", 90)));

    Training() {
      scenario.evaluator("MC");
    }

    /** An attempt of M2 with three surveys a week apart from {@code first}, all scoring {@code score}. */
    Training m2(String id, String period, int attempt, String first, double score) {
      attempts.add(attempt(id, "M2", period, attempt, first, score));
      return this;
    }

    Training policy(Consumer<Policy.Builder> overrides) {
      scenario.policy(overrides);
      return this;
    }

    CheckpointVerifier check() {
      Cycle cycle = scenario.build();
      return given(Cycle.builder().from(cycle).addAllCertifications(attempts).build());
    }
  }

  private static Certification attempt(String id, String evaluator, String period, int attempt, String first, double score) {
    Certification.Builder builder = Certification.builder().id(CertificationId.of(id)).evaluator(PersonId.of(evaluator))
        .trainingPeriod(period).attempt(attempt);
    for (int i = 0; i < 3; i++) {
      builder.addSurveys(Survey.builder().at(LocalDate.parse(first).plusWeeks(i)).score(score).build());
    }
    return builder.build();
  }

  /** M2 failed in the second half of 2025 and failed the retake in spring 2026 (last survey 15 April). */
  private static Training failedTwice() {
    return new Training().m2("K1", "2025-H2", 1, "2025-10-01", 70).m2("K2", "2026-H1", 2, "2026-04-01", 75);
  }

  @Test
  void firesOnTheFailedRetake() {
    Finding finding = failedTwice().check()
        .expect("TRN-02").aboutEvaluator("M2").withSeverity(Severity.WARNING).withMessageKey("TRN-02.message")
        .citing("K1", "K2").withArgument("failedPeriods", 2).withArgument("penaltyPoints", 10)
        .withArgument("periods", List.of("2025-H2", "2026-H1")).withArgument("since", LocalDate.parse("2026-04-15"))
        .withArgument("year", Year.of(2026)).times(1).findings().get(0);
    assertTrue(finding.employee().isEmpty(), "a TRN finding names no employee");
  }

  @Test
  void theChineseTextDeductsThePointsEveryMonth() {
    Report report = failedTwice().check().report();
    String zh = report.message(report.findings("TRN-02").get(0), Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("每月"), zh);
    assertFalse(zh.contains("当月"), zh);
  }

  @Test
  void theChineseTextWritesTheYearAsOneWordWithItsMeasure() {
    // Used to read 取消其 2026 年度的评优, which the terminal could break between 2026 and 年度.
    Report report = failedTwice().check().report();
    String zh = report.message(report.findings("TRN-02").get(0), Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.matches(".*取消其\\d{4}年度的评优和调薪资格.*"), zh);
    assertTrue(zh.contains("每月的管理绩效均扣 10 分"), zh);
  }

  @Test
  void aRetakeFailedInThePeriodCostsThisMonthsPoints() {
    new Training().m2("K1", "2025-H2", 1, "2025-10-01", 70).m2("K2", "2026-H1", 2, "2026-06-16", 75).check()
        .expect("TRN-02").aboutEvaluator("M2").withArgument("since", LocalDate.parse("2026-06-30")).times(1);
  }

  @Test
  void aRetakeFailedAfterThePeriodDoesNotReachBackIntoIt() {
    new Training().m2("K1", "2025-H2", 1, "2025-10-01", 70).m2("K2", "2026-H1", 2, "2026-06-17", 75).check()
        .expectNone("TRN-02");
  }

  @Test
  void silentAfterOneFailedPeriod() {
    new Training().m2("K1", "2026-H1", 1, "2026-03-01", 70).check().expectNone("TRN-02");
  }

  @Test
  void failuresWithAPassBetweenThemAreNotConsecutive() {
    // Used to fire: any two failed periods counted, however far apart.
    new Training().m2("K1", "2025-H1", 1, "2025-03-01", 70).m2("K2", "2025-H2", 2, "2025-09-01", 90)
        .m2("K3", "2026-H1", 3, "2026-03-01", 70).check()
        .expectNone("TRN-02");
  }

  @Test
  void twoFailedAttemptsInOnePeriodAreOneFailedPeriod() {
    new Training().m2("K1", "2026-H1", 1, "2026-02-01", 70).m2("K2", "2026-H1", 2, "2026-04-01", 75).check()
        .expectNone("TRN-02");
  }

  @Test
  void anIncompleteRetakeIsNotAFailure() {
    Training training = new Training().m2("K1", "2025-H2", 1, "2025-10-01", 70);
    training.attempts.add(Certification.builder().from(attempt("K2", "M2", "2026-H1", 2, "2026-04-01", 50))
        .surveys(List.of(Survey.builder().at(LocalDate.parse("2026-04-01")).score(50).build())).build());
    training.check().expectNone("TRN-02");
  }

  @Test
  void aRetakePassedAtTheMarkIsNotFailed() {
    new Training().m2("K1", "2025-H2", 1, "2025-10-01", 70).m2("K2", "2026-H1", 2, "2026-04-01", 80).check()
        .expectNone("TRN-02");
  }

  @Test
  void aLaterPassEndsTheDeductionButNotTheYearsLoss() {
    // Used to read as if the points stayed deducted for good.
    failedTwice().m2("K3", "2026-H1b", 3, "2026-05-01", 95).check()
        .expect("TRN-02").aboutEvaluator("M2").withMessageKey("TRN-02.year.message").citing("K1", "K2")
        .withArgument("passedOn", Optional.of(LocalDate.parse("2026-05-15"))).withArgument("year", Year.of(2026)).times(1);
  }

  @Test
  void theMonthOfThePassIsNotDeductedAndTheMessageSaysWhenThePassWas() {
    // Used to deduct the month of the pass and say "has not passed since" (DOMAIN.md §6.2 TRN-02).
    failedTwice().m2("K3", "2026-H1b", 3, "2026-05-20", 95).check()
        .expect("TRN-02").aboutEvaluator("M2").withMessageKey("TRN-02.year.message")
        .withArgument("passedOn", Optional.of(LocalDate.parse("2026-06-03"))).times(1);
  }

  @Test
  void aPassAfterThePeriodLeavesItsMonthDeductedAndSaysWhenThePassWas() {
    failedTwice().m2("K3", "2026-H1b", 3, "2026-07-10", 95).check()
        .expect("TRN-02").aboutEvaluator("M2").withMessageKey("TRN-02.message").withArgument("passed", true)
        .withArgument("passedOn", Optional.of(LocalDate.parse("2026-07-24"))).times(1);
  }

  @Test
  void trn01StaysSilentAboutTheFailedRetakeThatTrn02Reports() {
    // Used to report the same failed retake twice (DOMAIN.md §6.3).
    failedTwice().check().expect("TRN-02").aboutEvaluator("M2").times(1).and().expectNone("TRN-01");
  }

  @Test
  void theDeductionRunsIntoTheNextYearUntilAPass() {
    new Training().m2("K1", "2025-H1", 1, "2025-03-01", 70).m2("K2", "2025-H2", 2, "2025-09-01", 70).check()
        .expect("TRN-02").aboutEvaluator("M2").withMessageKey("TRN-02.points.message")
        .withArgument("year", Year.of(2025)).times(1);
  }

  @Test
  void aPassInAnEarlierYearEndsEverything() {
    new Training().m2("K1", "2025-H1", 1, "2025-03-01", 70).m2("K2", "2025-H2", 2, "2025-07-01", 70)
        .m2("K3", "2025-H2b", 3, "2025-11-01", 90).check()
        .expectNone("TRN-02");
  }

  @Test
  void policySetsThePeriodsAndThePoints() {
    failedTwice().policy(p -> p.failedPeriodsForPenalty(3).penaltyPoints(5)).check().expectNone("TRN-02");
    failedTwice().policy(p -> p.failedPeriodsForPenalty(3).penaltyPoints(5)).m2("K3", "2026-H1b", 3, "2026-05-01", 70).check()
        .expect("TRN-02").aboutEvaluator("M2").withArgument("penaltyPoints", 5).withArgument("required", 3)
        .withArgument("failedPeriods", 3).times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    failedTwice().policy(p -> p.addDisabled("TRN-02")).check().expectNone("TRN-02");
  }
}
