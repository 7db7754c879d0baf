package io.perfcomm.rules.training;

import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** TRN-01: the composite of the 360 interview-feedback surveys passes at the pass mark, else retake next period. */
class Trn01Test {

  /** A clean employee cycle and a control evaluator MC who passed. */
  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess()
        .certification("KC", "MC", "2026-T1", 1, 90, 85, 80);
  }

  @Test
  void warnsWhenTheCompositeIsBelowThePassMark() {
    Finding finding = given(june().certification("K1", "M2", "2026-T1", 1, 70, 75, 80))
        .expectNo("TRN-01").aboutEvaluator("MC").and()
        .expect("TRN-01").aboutEvaluator("M2").withSeverity(Severity.WARNING).citing("K1")
        .withArgument("composite", 75.0).withArgument("passMark", 80.0).withArgument("attempt", 1).times(1)
        .findings().get(0);
    assertTrue(finding.employee().isEmpty(), "a TRN finding names no employee");
  }

  @Test
  void theCompositeIsShownToTwoDecimalsAndNeverRoundedUpToThePassMark() {
    Report report = PerfEngine.withDefaults().check(june().certification("K1", "M2", "2026-T1", 1, 79, 80, 80).build());
    Finding finding = report.findings("TRN-01").stream().filter(f -> f.evaluator().orElseThrow().value().equals("M2"))
        .findFirst().orElseThrow();
    // 79.666… is a fail: shown as 79.66, not 79.67 nor the 80 it would round to with no decimals.
    assertTrue(report.message(finding, Locale.ENGLISH).contains("the composite of its 3 surveys of 360 feedback is 79.66, below the pass mark of 80"),
        report.message(finding, Locale.ENGLISH));
    assertTrue(report.message(finding, Locale.SIMPLIFIED_CHINESE).contains("综合得分 79.66 分，低于合格线 80 分"),
        report.message(finding, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void passesAtExactlyThePassMark() {
    given(june().certification("K1", "M2", "2026-T1", 1, 80, 80, 80)).expectNone("TRN-01");
  }

  @Test
  void judgesOnlyTheLatestAttempt() {
    given(june().certification("K1", "M2", "2026-T1", 1, 60, 60, 60).certification("K2", "M2", "2026-T2", 2, 85, 85, 85))
        .expectNone("TRN-01");
  }

  @Test
  void aFailedRetakeIsReportedEvenAfterAnEarlierPass() {
    given(june().certification("K1", "M2", "2026-T1", 1, 90, 90, 90).certification("K2", "M2", "2026-T2", 2, 70, 70, 70))
        .expect("TRN-01").aboutEvaluator("M2").citing("K2").times(1);
  }

  @Test
  void surveysDatedAfterAsOfAreNotTakenYet() {
    // The attempt's surveys fall on 1, 8 and 15 June; as of 10 June two were taken: the attempt is still
    // incomplete, not a pass (DOMAIN.md §6.1). (The control evaluator's surveys fall on the same days, so
    // this month has none.)
    given(Scenario.month("2026-06").asOf("2026-06-10T18:00").employee("CONTROL").followsStandardProcess()
            .certification("K1", "M2", "2026-T1", 1, 85, 85, 85))
        .expect("TRN-01").aboutEvaluator("M2").withSeverity(Severity.INFO).withMessageKey("TRN-01.incomplete.message")
        .withArgument("surveys", 2).times(1);
    given(Scenario.month("2026-06").asOf("2026-06-15T18:00").employee("CONTROL").followsStandardProcess()
            .certification("K1", "M2", "2026-T1", 1, 85, 85, 85))
        .expectNone("TRN-01");
  }

  @Test
  void tooFewSurveysIsIncompleteNotAFail() {
    given(june().certification("K1", "M2", "2026-T1", 1, 50, 50))
        .expect("TRN-01").aboutEvaluator("M2").withSeverity(Severity.INFO).withMessageKey("TRN-01.incomplete.message")
        .withArgument("missing", 1).citing("K1").times(1)
        .and().expectNo("TRN-01").withSeverity(Severity.WARNING);
  }

  @Test
  void policyCanRaiseThePassMark() {
    given(june().policy(p -> p.passMark(85.0)).certification("K1", "M2", "2026-T1", 1, 82, 82, 82))
        .expect("TRN-01").aboutEvaluator("M2").withArgument("passMark", 85.0).times(1);
  }

  @Test
  void policyCanAskForFewerSurveys() {
    given(june().policy(p -> p.certificationSurveys(2)).certification("K1", "M2", "2026-T1", 1, 70, 70))
        .expect("TRN-01").aboutEvaluator("M2").withSeverity(Severity.WARNING).times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("TRN-01")).certification("K1", "M2", "2026-T1", 1, 50, 50, 50))
        .expectNone("TRN-01");
  }
}
