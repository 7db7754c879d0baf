package io.perfcomm.rules.objectives;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** OBJ-02: the employee confirmed (signed) the sheet no later than the confirmation deadline. */
class Obj02Test {

  @Test
  void firesWhenTheSheetWasNeverSigned() {
    given(june().employee("E1").indicator("I1", RESULT, 100).unsigned())
        .expect("OBJ-02").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-02.message")
        .citing("S-E1").withArgument("deadline", LocalDate.parse("2026-06-01")).aboutEvaluator("M1").times(1)
        .and().expectNo("OBJ-02").about("CONTROL");
  }

  @Test
  void firesWhenSignedTheDayAfterTheDeadline() {
    given(june().employee("E1").indicator("I1", RESULT, 100).signedAt("2026-06-02T00:00"))
        .expect("OBJ-02").about("E1").withMessageKey("OBJ-02.late.message")
        .withArgument("confirmedAt", LocalDateTime.parse("2026-06-02T00:00")).times(1);
  }

  @Test
  void silentWhenSignedOnTheDeadlineDay() {
    given(june().employee("E1").indicator("I1", RESULT, 100).signedAt("2026-06-01T23:59"))
        .expectNone("OBJ-02");
  }

  @Test
  void firesWhenThereIsNoSheetToSign() {
    given(june().employee("E1"))
        .expect("OBJ-02").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-02.nosheet.message").times(1)
        .and().expectNo("OBJ-02").about("CONTROL");
  }

  @Test
  void policyDeadlineDaysMoveTheDeadline() {
    given(june().policy(p -> p.confirmationDeadlineDays(2)).employee("E1").indicator("I1", RESULT, 100)
            .signedAt("2026-06-03T16:00"))
        .expectNone("OBJ-02");
    given(june().policy(p -> p.confirmationDeadlineDays(2)).employee("E1").indicator("I1", RESULT, 100)
            .signedAt("2026-06-04T09:00"))
        .expect("OBJ-02").about("E1").withArgument("deadline", LocalDate.parse("2026-06-03"));
  }

  @Test
  void signingOnTheMondayAfterAWeekendStartIsInTime() {
    // August 2026 starts on a Saturday: the confirmation deadline moves to Monday 3 August.
    Scenario august = Scenario.month("2026-08").employee("CONTROL").followsStandardProcess();
    given(august.employee("E1").indicator("I1", RESULT, 100).signedAt("2026-08-03T18:00"))
        .expectNone("OBJ-02");
    Scenario again = Scenario.month("2026-08").employee("CONTROL").followsStandardProcess();
    given(again.employee("E1").indicator("I1", RESULT, 100).signedAt("2026-08-04T09:00"))
        .expect("OBJ-02").about("E1").withMessageKey("OBJ-02.late.message")
        .withArgument("deadline", LocalDate.parse("2026-08-03")).times(1);
  }

  @Test
  void onlyInfoWhileTheDeadlineIsAhead() {
    given(june().asOf("2026-06-01T12:00").employee("E1").indicator("I1", RESULT, 100).unsigned())
        .expect("OBJ-02").about("E1").withSeverity(Severity.INFO).withMessageKey("OBJ-02.due.message")
        .citing("S-E1").times(1);
  }

  @Test
  void noSheetIsLeftToObj01WhileTheDeadlineIsAhead() {
    given(june().asOf("2026-05-30T12:00").employee("E1"))
        .expectNo("OBJ-02").about("E1");
  }

  @Test
  void disabledByIdInTheEngine() {
    given(june().employee("E1").indicator("I1", RESULT, 100).unsigned())
        .using(PerfEngine.builder().disable("OBJ-02").build())
        .expectNone("OBJ-02");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("OBJ-02")).employee("E1").indicator("I1", RESULT, 100).unsigned())
        .expectNone("OBJ-02");
  }
}
