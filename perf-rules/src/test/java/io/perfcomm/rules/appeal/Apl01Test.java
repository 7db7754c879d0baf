package io.perfcomm.rules.appeal;

import static io.perfcomm.core.interview.ObjectionStatus.OPEN;
import static io.perfcomm.core.interview.ObjectionStatus.RESOLVED;
import static io.perfcomm.core.interview.ObjectionStatus.WITHDRAWN;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.scenario.Scenario.objection;
import static io.perfcomm.core.scenario.Scenario.response;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** APL-01: every objection gets a response within N days of being raised. */
class Apl01Test {

  /** E1, scored on 1 July, objects at the interview on 3 July at 10:30. */
  private static Scenario objecting(Scenario scenario, Objection objection) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1")
        .interview("T1", "2026-07-03T10:00", i -> i.addObjections(objection));
  }

  @Test
  void firesWhenAnObjectionHasNoResponseAfterTheDeadline() {
    given(objecting(june(), objection("O1", "2026-07-03T10:30", OPEN).build()))
        .expect("APL-01").about("E1").withSeverity(Severity.ERROR).citing("T1", "O1")
        .withArgument("objection", ObjectionId.of("O1")).withArgument("days", 7)
        .withArgument("deadline", LocalDateTime.parse("2026-07-10T10:30")).times(1)
        .and().expectNo("APL-01").about("CONTROL");
  }

  @Test
  void silentWhenAnsweredExactlyAtTheDeadline() {
    given(objecting(june(), objection("O1", "2026-07-03T10:30", RESOLVED).response(response("2026-07-10T10:30")).build()))
        .expectNone("APL-01");
  }

  @Test
  void firesWhenAnsweredOneMinuteLate() {
    given(objecting(june(), objection("O1", "2026-07-03T10:30", RESOLVED).response(response("2026-07-10T10:31")).build()))
        .expect("APL-01").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-01.late.message")
        .withArgument("respondedAt", LocalDateTime.parse("2026-07-10T10:31")).citing("T1", "O1").times(1);
  }

  @Test
  void aWithdrawnObjectionNeedsNoResponse() {
    given(objecting(june(), objection("O1", "2026-07-03T10:30", WITHDRAWN).build()))
        .expectNone("APL-01");
  }

  @Test
  void policyCanShortenTheResponseWindow() {
    given(objecting(june().policy(p -> p.objectionResponseDays(3)),
            objection("O1", "2026-07-03T10:30", RESOLVED).response(response("2026-07-08T10:00")).build()))
        .expect("APL-01").about("E1").withMessageKey("APL-01.late.message").withArgument("days", 3)
        .withArgument("deadline", LocalDateTime.parse("2026-07-06T10:30"));
  }

  @Test
  void onlyInfoWhileTheResponseIsStillDue() {
    given(objecting(june().asOf("2026-07-10T10:30"), objection("O1", "2026-07-03T10:30", OPEN).build()))
        .expect("APL-01").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-01.due.message")
        .withArgument("deadline", LocalDateTime.parse("2026-07-10T10:30")).times(1)
        .and().expectNo("APL-01").withSeverity(Severity.ERROR);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(objecting(june().policy(p -> p.addDisabled("APL-01")), objection("O1", "2026-07-03T10:30", OPEN).build()))
        .expectNone("APL-01");
  }
}
