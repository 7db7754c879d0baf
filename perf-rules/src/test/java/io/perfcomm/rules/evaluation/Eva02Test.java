package io.perfcomm.rules.evaluation;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EVA-02: not scored from memory: the evaluation's evidence is not all dated in the last D days of the period. */
class Eva02Test {

  private static Scenario e1(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 50).indicator("I2", RESULT, 50)
        .scoredAt("2026-07-01T10:00");
  }

  @Test
  void firesWhenAllEvidenceIsFromTheLastThreeDays() {
    given(e1(june()).record("R1", "I1", "2026-06-28").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R1").weakness("late reports", "R2"))
        .expect("EVA-02").about("E1").withSeverity(Severity.WARNING).citing("V-E1", "R1", "R2")
        .withArgument("days", 3).withArgument("from", LocalDate.of(2026, 6, 28))
        .withArgument("earliest", LocalDate.of(2026, 6, 28)).times(1)
        .and().expectNo("EVA-02").about("CONTROL");
  }

  @Test
  void someoneWhoWorkedOnlyInTheLastDaysIsNotScoredFromMemory() {
    // Hired Saturday 27 June: their working days are 29 and 30 June, all inside the last three days, so
    // every record they could have is there. Used to warn "the scores look written from memory".
    given(e1(june()).hiredOn("2026-06-27").record("R1", "I1", "2026-06-29").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R1").weakness("late reports", "R2"))
        .expectNone("EVA-02");
    // Back from sick leave on Monday 29 June: the same.
    given(e1(june()).onLeave("2026-06-01", "2026-06-26", io.perfcomm.core.organisation.AbsenceKind.SICK)
            .record("R1", "I1", "2026-06-29").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R1").weakness("late reports", "R2"))
        .expectNone("EVA-02");
  }

  @Test
  void someoneWhoWorkedADayBeforeTheLastDaysIsJudged() {
    // Hired Friday 26 June: that day could have been recorded.
    given(e1(june()).hiredOn("2026-06-26").record("R1", "I1", "2026-06-29").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R1").weakness("late reports", "R2"))
        .expect("EVA-02").about("E1").withArgument("earliest", LocalDate.of(2026, 6, 29)).times(1)
        .and().expectNo("EVA-02").about("CONTROL");
  }

  @Test
  void silentWhenOneRecordIsFromTheDayBeforeTheLastThreeDays() {
    given(e1(june()).record("R1", "I1", "2026-06-27").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R1").weakness("late reports", "R2"))
        .expectNone("EVA-02");
  }

  @Test
  void evidenceCitedByAStrengthCounts() {
    given(e1(june()).record("R0", "I1", "2026-06-05").record("R1", "I1", "2026-06-29").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R2")
            .strength("keeps the accounts", "R0").weakness("late reports", "R2"))
        .expectNone("EVA-02");
  }

  @Test
  void evidenceOutsideThePeriodIsLeftToEva01() {
    given(e1(june()).record("R0", "I1", "2026-05-20").record("R1", "I1", "2026-06-29").record("R2", "I2", "2026-06-30")
            .score("I1", 80, true, "R0", "R1").score("I2", 70, true, "R2"))
        .expect("EVA-02").about("E1").citing("V-E1", "R1", "R2").withArgument("earliest", LocalDate.of(2026, 6, 29))
        .times(1);
  }

  @Test
  void silentWhenNothingFromThePeriodIsCited() {
    given(e1(june()).record("R0", "I1", "2026-05-20").score("I1", 80, true, "R0").score("I2", 70, true))
        .expectNone("EVA-02");
  }

  @Test
  void policyCanWidenTheLastMinuteWindow() {
    given(e1(june().policy(p -> p.lastMinuteEvidenceDays(5))).record("R1", "I1", "2026-06-26")
            .record("R2", "I2", "2026-06-30").score("I1", 80, true, "R1").score("I2", 70, true, "R2"))
        .expect("EVA-02").about("E1").withArgument("days", 5).withArgument("from", LocalDate.of(2026, 6, 26))
        .times(1)
        .and().expectNo("EVA-02").about("CONTROL");
  }

  @Test
  void zeroDaysSwitchesTheCheckOff() {
    given(e1(june().policy(p -> p.lastMinuteEvidenceDays(0))).record("R1", "I1", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R1"))
        .expectNone("EVA-02");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1(june().policy(p -> p.addDisabled("EVA-02"))).record("R1", "I1", "2026-06-30")
            .score("I1", 80, true, "R1").score("I2", 70, true, "R1"))
        .expectNone("EVA-02");
  }
}
