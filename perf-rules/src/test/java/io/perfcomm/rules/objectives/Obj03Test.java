package io.perfcomm.rules.objectives;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** OBJ-03: an indicator change is communicated (naming it) and re-confirmed before it takes effect. */
class Obj03Test {

  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess()
        .indicatorChange("CH-CONTROL", "I-CONTROL-1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-12T16:00")))
        .communication(INDICATOR, "2026-06-12T15:00", "I-CONTROL-1");
  }

  private static Scenario e1() {
    return june().employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40);
  }

  @Test
  void firesWhenAChangeTookEffectWithoutTalkOrSignature() {
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expect("OBJ-03").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-03.message")
        .citing("CH1").withArgument("indicator", IndicatorId.of("I1"))
        .withArgument("effectiveFrom", LocalDate.parse("2026-06-15")).times(1)
        .and().expectNo("OBJ-03").about("CONTROL");
  }

  @Test
  void silentWhenCommunicatedAndReSignedTheDayBeforeItTakesEffect() {
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-14T23:59")))
            .communication(INDICATOR, "2026-06-14T23:00", "I1"))
        .expectNone("OBJ-03");
  }

  @Test
  void reSigningOnTheDayItTakesEffectIsTooLate() {
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-15T00:00")))
            .communication(INDICATOR, "2026-06-12T10:00", "I1"))
        .expect("OBJ-03").about("E1").withMessageKey("OBJ-03.unconfirmed.message").citing("CH1", "C-E1-1").times(1);
  }

  @Test
  void aTalkThatDoesNotNameTheChangedIndicatorDoesNotCount() {
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-12T16:00")))
            .communication(INDICATOR, "2026-06-12T10:00", "I2")
            .communication(DAILY, "2026-06-12T11:00", "I1"))
        .expect("OBJ-03").about("E1").withMessageKey("OBJ-03.uncommunicated.message").citing("CH1").times(1);
  }

  @Test
  void aTalkAfterTheSignatureAnnouncingTheChangeBeforeItIsDecidedCounts() {
    // Signed on 31 May; the talk on 9 June names I1, the change is decided on 10 June.
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-12T16:00")))
            .communication(INDICATOR, "2026-06-09T10:00", "I1"))
        .expectNone("OBJ-03");
  }

  @Test
  void aTalkBeforeTheSignatureDoesNotCount() {
    // The sheet is signed on 31 May at 10:00; a talk an hour earlier was about the sheet being signed.
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-12T16:00")))
            .communication(INDICATOR, "2026-05-31T09:00", "I1"))
        .expect("OBJ-03").about("E1").withMessageKey("OBJ-03.uncommunicated.message").times(1);
  }

  @Test
  void aTalkAtTheMomentOfTheSignatureCounts() {
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15",
            c -> c.reconfirmedAt(LocalDateTime.parse("2026-06-12T16:00")))
            .communication(INDICATOR, "2026-05-31T10:00", "I1"))
        .expectNone("OBJ-03");
  }

  @Test
  void aChangeDecidedBeforeTheSignatureIsPartOfWhatWasSigned() {
    // Signed on 31 May at 10:00; the change was decided the day before and is on the signed sheet.
    given(e1().indicatorChange("CH1", "I1", "2026-05-30T09:00", "2026-06-15", c -> { }))
        .expectNone("OBJ-03");
  }

  @Test
  void aChangeToAnUnsignedSheetIsLeftToObj02() {
    given(e1().unsigned().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expectNone("OBJ-03")
        .expect("OBJ-02").about("E1");
  }

  @Test
  void onlyInfoWhileTheChangeIsStillAhead() {
    given(e1().asOf("2026-06-14T18:00")
            .indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expect("OBJ-03").about("E1").withSeverity(Severity.INFO).withMessageKey("OBJ-03.due.message")
        .citing("CH1").times(1);
  }

  @Test
  void errorOnceTheChangeHasTakenEffect() {
    given(e1().asOf("2026-06-15T00:00")
            .indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expect("OBJ-03").about("E1").withSeverity(Severity.ERROR).times(1);
  }

  @Test
  void afterThePeriodTheAdviceIsToScoreAgainstTheConfirmedTarget() {
    // Used to ask for a re-signature the month after; the default asOf (30 July) is after June.
    given(e1().indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expect("OBJ-03").about("E1").withMessageKey("OBJ-03.message")
        .matching("advice to score against the confirmed target", f -> f.adviceKey().equals("OBJ-03.over.advice"))
        .times(1);
  }

  @Test
  void duringThePeriodTheAdviceIsStillToReSign() {
    given(e1().asOf("2026-06-30T18:00").indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expect("OBJ-03").about("E1")
        .matching("advice to re-sign", f -> f.adviceKey().equals("OBJ-03.advice")).times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(e1().policy(p -> p.addDisabled("OBJ-03"))
            .indicatorChange("CH1", "I1", "2026-06-10T09:00", "2026-06-15", c -> { }))
        .expectNone("OBJ-03");
  }
}
