package io.perfcomm.rules.objectives;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OBJ-01: every indicator on the sheet approved no later than the confirmation deadline. */
class Obj01Test {

  @Test
  void firesWhenAnIndicatorIsApprovedAfterTheDeadline() {
    given(june().employee("E1").indicator("I1", RESULT, 60)
            .indicator("I2", TASK, 40, i -> i.approvedAt(LocalDateTime.parse("2026-06-02T00:00"))))
        .expect("OBJ-01").about("E1").withSeverity(Severity.ERROR).citing("S-E1", "I2")
        .withArgument("indicators", List.of(IndicatorId.of("I2"))).withArgument("count", 1)
        .withArgument("deadline", LocalDate.parse("2026-06-01")).times(1)
        .and().expectNo("OBJ-01").about("CONTROL");
  }

  @Test
  void firesOncePerSheetForUnapprovedAndLateIndicators() {
    given(june().employee("E1")
            .indicator("I1", RESULT, 50, i -> i.approvedAt(Optional.empty()).approvedBy(Optional.empty()))
            .indicator("I2", TASK, 50, i -> i.approvedAt(LocalDateTime.parse("2026-06-10T09:00"))))
        .expect("OBJ-01").about("E1").citing("S-E1", "I1", "I2").withArgument("count", 2).times(1);
  }

  @Test
  void silentWhenApprovedOnTheLastMinuteOfTheDeadlineDay() {
    given(june().employee("E1").indicator("I1", RESULT, 100,
            i -> i.approvedAt(LocalDateTime.parse("2026-06-01T23:59:59"))))
        .expectNone("OBJ-01");
  }

  @Test
  void policyCanGrantDaysAfterThePeriodStart() {
    given(june().policy(p -> p.confirmationDeadlineDays(3)).employee("E1").indicator("I1", RESULT, 100,
            i -> i.approvedAt(LocalDateTime.parse("2026-06-04T17:00"))))
        .expectNone("OBJ-01");
    given(june().policy(p -> p.confirmationDeadlineDays(3)).employee("E1").indicator("I1", RESULT, 100,
            i -> i.approvedAt(LocalDateTime.parse("2026-06-05T08:00"))))
        .expect("OBJ-01").about("E1").withArgument("deadline", LocalDate.parse("2026-06-04"));
  }

  @Test
  void aDeadlineOnASaturdayMovesToMonday() {
    // August 2026 starts on a Saturday: the confirmation deadline is Monday 3 August.
    Scenario august = Scenario.month("2026-08").employee("CONTROL").followsStandardProcess();
    given(august.employee("E1").indicator("I1", RESULT, 100, i -> i.approvedAt(LocalDateTime.parse("2026-08-03T17:00"))))
        .expectNone("OBJ-01");
    Scenario again = Scenario.month("2026-08").employee("CONTROL").followsStandardProcess();
    given(again.employee("E1").indicator("I1", RESULT, 100, i -> i.approvedAt(LocalDateTime.parse("2026-08-04T08:00"))))
        .expect("OBJ-01").about("E1").withArgument("deadline", LocalDate.parse("2026-08-03")).times(1);
  }

  @Test
  void firesWhenTheEmployeeHasNoSheet() {
    given(june().employee("E1"))
        .expect("OBJ-01").about("E1").withSeverity(Severity.ERROR).withMessageKey("OBJ-01.nosheet.message")
        .aboutEvaluator("M1").times(1)
        .and().expectNo("OBJ-01").about("CONTROL");
  }

  @Test
  void onlyInfoWhileTheDeadlineIsAhead() {
    given(june().asOf("2026-05-31T18:00").employee("E1")
            .indicator("I1", RESULT, 100, i -> i.approvedAt(Optional.empty())))
        .expect("OBJ-01").about("E1").withSeverity(Severity.INFO).withMessageKey("OBJ-01.due.message")
        .citing("S-E1", "I1").times(1);
  }

  @Test
  void missingSheetIsOnlyDueWhileTheDeadlineIsAhead() {
    given(june().asOf("2026-06-01T18:00").employee("E1"))
        .expect("OBJ-01").about("E1").withSeverity(Severity.INFO).withMessageKey("OBJ-01.nosheet.due.message")
        .times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("OBJ-01")).employee("E1"))
        .expectNone("OBJ-01");
  }
}
