package io.perfcomm.rules.interview;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** INT-01: every scored evaluation has a result interview within N days of scoring (none skipped). */
class Int01Test {

  @Test
  void firesWhenTheInterviewWasSkipped() {
    given(scored(june()))
        .expect("INT-01").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-01.message").citing("V-E1")
        .withArgument("days", 7).withArgument("deadline", LocalDate.of(2026, 7, 8)).withArgument("interviews", 0)
        .times(1)
        .and().expectNo("INT-01").about("CONTROL");
  }

  @Test
  void firesWhenTheInterviewWasScheduledButNeverHeld() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        .expect("INT-01").about("E1").citing("V-E1", "T1").withArgument("interviews", 1).times(1);
  }

  @Test
  void silentWhenHeldLateOnTheLastDayAllowed() {
    given(scored(june()).interview("T1", "2026-07-08T23:00"))
        .expectNone("INT-01");
  }

  @Test
  void firesWhenHeldTheDayAfterTheLastDayAllowed() {
    given(scored(june()).interview("T1", "2026-07-09T00:00"))
        .expect("INT-01").about("E1").citing("V-E1", "T1").times(1);
  }

  @Test
  void aDeadlineOnASundayMovesToMonday() {
    // Scored Wednesday 1 July + 4 days = Sunday 5 July: the interview is due by Monday 6 July.
    given(scored(june().policy(p -> p.interviewWithinDays(4))).interview("T1", "2026-07-06T17:00"))
        .expectNone("INT-01");
  }

  @Test
  void theMovedDeadlineStillEndsWithItsDay() {
    given(scored(june().policy(p -> p.interviewWithinDays(4))).interview("T1", "2026-07-07T09:00"))
        .expect("INT-01").about("E1").withArgument("deadline", LocalDate.of(2026, 7, 6)).citing("V-E1", "T1").times(1);
  }

  @Test
  void aTalkBeforeTheScoringIsNoResultInterview() {
    given(scored(june()).interview("T1", "2026-07-01T09:00"))
        .expect("INT-01").about("E1").citing("V-E1", "T1").times(1);
  }

  @Test
  void onlyInfoWhileTheInterviewIsStillDue() {
    given(scored(june().asOf("2026-07-08T23:59")))
        .expect("INT-01").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-01.due.message")
        .citing("V-E1").withArgument("deadline", LocalDate.of(2026, 7, 8)).times(1)
        .and().expectNo("INT-01").about("CONTROL");
  }

  @Test
  void errorFromMidnightAfterTheLastDayAllowed() {
    given(scored(june().asOf("2026-07-09T00:00")))
        .expect("INT-01").about("E1").withSeverity(Severity.ERROR).times(1);
  }

  @Test
  void aScheduledInterviewStillAheadIsDueNotMissed() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        // The control's interview, held on 3 July, is still ahead at asOf too (DOMAIN.md §6.1).
        .expect("INT-01").concerning("E1").withSeverity(Severity.INFO).citing("V-E1", "T1").times(1);
  }

  @Test
  void departmentPolicyCanShortenTheDaysAllowed() {
    given(june().policy(p -> p.putDepartments(DepartmentId.of("D2"), Policy.builder().interviewWithinDays(1).build()))
            .employee("E1").inDepartment("D2").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
            .scoredAt("2026-07-01T10:00").score("I1", 80, true, "R1")
            .interview("T1", "2026-07-03T10:00"))
        .expect("INT-01").about("E1").withArgument("days", 1).withArgument("deadline", LocalDate.of(2026, 7, 2))
        .times(1)
        .and().expectNo("INT-01").about("CONTROL");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("INT-01")))).expectNone("INT-01");
  }
}
