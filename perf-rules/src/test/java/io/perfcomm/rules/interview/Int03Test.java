package io.perfcomm.rules.interview;

import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** INT-03: the interview is notified at least H hours ahead. */
class Int03Test {

  private static Scenario notifiedAt(Scenario scenario, String at) {
    return scored(scenario).interview("T1", "2026-07-03T10:00", i -> i.notifiedAt(LocalDateTime.parse(at)));
  }

  @Test
  void firesWhenNoticeIsOneMinuteShortOf24Hours() {
    given(notifiedAt(june(), "2026-07-02T10:01"))
        .expect("INT-03").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-03.message").citing("T1")
        .withArgument("hours", 24).withArgument("notifiedAt", LocalDateTime.of(2026, 7, 2, 10, 1)).times(1)
        .and().expectNo("INT-03").about("CONTROL");
  }

  @Test
  void aNoticeOfExactly24HoursPasses() {
    given(notifiedAt(june(), "2026-07-02T10:00")).expectNone("INT-03");
  }

  @Test
  void firesWhenNotifiedAfterTheInterviewWasScheduled() {
    given(notifiedAt(june(), "2026-07-03T10:30"))
        .expect("INT-03").about("E1").withMessageKey("INT-03.message").times(1);
  }

  @Test
  void firesWhenNoNoticeIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.notifiedAt(Optional.empty())))
        .expect("INT-03").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-03.missing.message")
        .citing("T1").times(1);
  }

  @Test
  void onlyInfoWhileThereIsStillTimeToNotify() {
    given(scored(june().asOf("2026-07-02T10:00")).interview("T1", "2026-07-03T10:00",
            i -> i.notifiedAt(Optional.empty()).startedAt(Optional.empty()).endedAt(Optional.empty())
                .outcome(Optional.empty())))
        .expect("INT-03").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-03.due.message")
        .withArgument("notifyBy", LocalDateTime.of(2026, 7, 2, 10, 0)).citing("T1").times(1);
  }

  @Test
  void errorOnceTheLastMomentToNotifyHasPassed() {
    given(scored(june().asOf("2026-07-02T10:01")).interview("T1", "2026-07-03T10:00",
            i -> i.notifiedAt(Optional.empty()).startedAt(Optional.empty()).endedAt(Optional.empty())
                .outcome(Optional.empty())))
        .expect("INT-03").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-03.missing.message").times(1);
  }

  @Test
  void policyCanRequireMoreNotice() {
    // CONTROL is notified exactly 48 hours ahead, so it still passes.
    given(notifiedAt(june().policy(p -> p.noticeHours(48)), "2026-07-01T11:00"))
        .expect("INT-03").about("E1").withArgument("hours", 48).times(1)
        .and().expectNo("INT-03").about("CONTROL");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(notifiedAt(june().policy(p -> p.addDisabled("INT-03")), "2026-07-03T09:00")).expectNone("INT-03");
  }
}
