package io.perfcomm.rules.interview;

import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.rules.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** INT-05: the interview purpose is stated to the employee. */
class Int05Test {

  @Test
  void firesWhenNoPurposeIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.purpose(Optional.empty())))
        .expect("INT-05").about("E1").withSeverity(Severity.ERROR).citing("T1").times(1)
        .and().expectNo("INT-05").about("CONTROL");
  }

  @Test
  void firesWhenOnlyTheKindIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.purpose(Purpose.builder().kind(PurposeKind.RESULT_REVIEW).build())))
        .expect("INT-05").about("E1").citing("T1").times(1);
  }

  @Test
  void firesWhenTheStatementIsBlank() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.purpose(Purpose.builder().kind(PurposeKind.RESULT_REVIEW).statement("  ").build())))
        .expect("INT-05").about("E1").times(1);
  }

  @Test
  void silentWithAOneWordStatement() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.purpose(Purpose.builder().kind(PurposeKind.OTHER).statement("Results").build())))
        .expectNone("INT-05");
  }

  @Test
  void onlyInfoBeforeAnInterviewStillToBeHeld() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.purpose(Optional.empty()).startedAt(Optional.empty()).endedAt(Optional.empty())
                .outcome(Optional.empty())))
        .expect("INT-05").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-05.due.message").citing("T1")
        .times(1);
  }

  @Test
  void errorOnceTheInterviewTookPlaceWithoutAPurpose() {
    given(scored(june().asOf("2026-07-03T12:00")).interview("T1", "2026-07-03T10:00", i -> i.purpose(Optional.empty())))
        .expect("INT-05").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-05.message").times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("INT-05")))
            .interview("T1", "2026-07-03T10:00", i -> i.purpose(Optional.empty())))
        .expectNone("INT-05");
  }
}
