package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.RecordKind.DATA;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * EVA-01: every indicator score cites evidence of the period: a record or communication dated inside it,
 * or a DATA record (a system report) dated after it and no later than the scoring day.
 */
class Eva01Test {

  /** E1 with two indicators, scored the day after June with a strength and a weakness. */
  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 50).indicator("I2", RESULT, 50)
        .record("R1", "I1", "2026-06-10").scoredAt("2026-07-01T10:00")
        .strength("keeps the accounts", "R1").weakness("late reports", "R1");
  }

  @Test
  void firesWhenAScoreCitesNoEvidence() {
    given(e1(june()).score("I1", 80, true, "R1").score("I2", 70, true))
        .expect("EVA-01").about("E1").withSeverity(Severity.ERROR).citing("V-E1", "I2")
        .withArgument("indicator", IndicatorId.of("I2")).withArgument("cited", 0)
        .withArgument("start", LocalDate.of(2026, 6, 1)).withArgument("end", LocalDate.of(2026, 6, 30))
        .times(1)
        .and().expectNo("EVA-01").about("CONTROL");
  }

  @Test
  void firesWhenAllEvidenceIsDatedBeforeThePeriod() {
    given(e1(june()).record("R0", "I2", "2026-05-31").score("I1", 80, true, "R1").score("I2", 70, true, "R0"))
        .expect("EVA-01").about("E1").citing("V-E1", "I2", "R0").withArgument("cited", 1).times(1);
  }

  @Test
  void firesWhenAWeeklyReportIsDatedTheDayAfterThePeriod() {
    given(e1(june()).record("R2", "I2", "2026-07-01").score("I1", 80, true, "R1").score("I2", 70, true, "R2"))
        .expect("EVA-01").about("E1").citing("V-E1", "I2", "R2").times(1);
  }

  @Test
  void aSystemReportIssuedAfterThePeriodOnTheScoringDayCounts() {
    given(e1(june()).record(DATA, "R2", "I2", "2026-07-01").score("I1", 80, true, "R1").score("I2", 70, true, "R2"))
        .expectNone("EVA-01");
  }

  @Test
  void aSystemReportIssuedAfterTheScoringDayDoesNotCount() {
    given(e1(june()).record(DATA, "R2", "I2", "2026-07-02").score("I1", 80, true, "R1").score("I2", 70, true, "R2"))
        .expect("EVA-01").about("E1").citing("V-E1", "I2", "R2").times(1);
  }

  @Test
  void aSystemReportDatedBeforeThePeriodDoesNotCount() {
    given(e1(june()).record(DATA, "R0", "I2", "2026-05-31").score("I1", 80, true, "R1").score("I2", 70, true, "R0"))
        .expect("EVA-01").about("E1").citing("V-E1", "I2", "R0").times(1);
  }

  @Test
  void evidenceOnTheFirstAndLastDayOfThePeriodCounts() {
    given(e1(june()).record("R0", "I1", "2026-06-01").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R0").score("I2", 70, true, "R2"))
        .expectNone("EVA-01");
  }

  @Test
  void oneRecordInsideThePeriodIsEnough() {
    given(e1(june()).record("R0", "I2", "2026-05-20").record("R2", "I2", "2026-06-20")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R0", "R2"))
        .expectNone("EVA-01");
  }

  @Test
  void aCommunicationInThePeriodCountsAsEvidence() {
    given(e1(june()).communication(DAILY, "2026-06-15T10:00", "I2")
            .score("I1", 80, true, "R1").score("I2", 70, true, "C-E1-1"))
        .expectNone("EVA-01");
  }

  @Test
  void aCommunicationBeforeThePeriodDoesNotCount() {
    given(e1(june()).communication(DAILY, "2026-05-29T10:00", "I2")
            .score("I1", 80, true, "R1").score("I2", 70, true, "C-E1-1"))
        .expect("EVA-01").about("E1").citing("V-E1", "I2", "C-E1-1").times(1);
  }

  @Test
  void anotherEmployeesRecordIsNoEvidence() {
    given(june().employee("E2").indicator("I9", RESULT, 100).record("R9", "I9", "2026-06-10")
            .employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R9"))
        .expect("EVA-01").about("E1").citing("V-E1", "I1", "R9").times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-01"))).score("I1", 80, true).score("I2", 70, true))
        .expectNone("EVA-01");
  }
}
