package io.perfcomm.rules.appeal;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.DecisionOutcome;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** APL-04: an appeal decision is communicated to the employee with its reasons. */
class Apl04Test {

  /** E1's appeal P1, filed 5 July, decided 12 July at 10:00 (the deadline to tell them is 19 July 10:00). */
  private static Scenario decided(Scenario scenario, Consumer<Decision.Builder> change) {
    Decision.Builder decision = Decision.builder().at(LocalDateTime.parse("2026-07-12T10:00"))
        .outcome(DecisionOutcome.AMENDED).reasons("two records were misdated");
    change.accept(decision);
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1").interview("T1", "2026-07-03T10:00")
        .appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.DECIDED).decision(decision.build()));
  }

  @Test
  void firesWhenTheDecisionWasNeverCommunicated() {
    given(decided(june(), d -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.message").citing("P1")
        .withArgument("appeal", AppealId.of("P1")).withArgument("deadline", LocalDateTime.parse("2026-07-19T10:00"))
        .times(1)
        .and().expectNo("APL-04").about("CONTROL");
  }

  @Test
  void firesWhenTheDecisionHasNoReasons() {
    given(decided(june(), d -> d.reasons(" ").communicatedAt(LocalDateTime.parse("2026-07-13T10:00"))))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.reasons.message")
        .withArgument("outcome", DecisionOutcome.AMENDED).times(1);
  }

  @Test
  void silentWhenCommunicatedWithReasonsExactlyAtTheDeadline() {
    given(decided(june(), d -> d.communicatedAt(LocalDateTime.parse("2026-07-19T10:00"))))
        .expectNone("APL-04");
  }

  @Test
  void firesWhenCommunicatedOneMinuteLate() {
    given(decided(june(), d -> d.communicatedAt(LocalDateTime.parse("2026-07-19T10:01"))))
        .expect("APL-04").about("E1").withMessageKey("APL-04.late.message")
        .withArgument("communicatedAt", LocalDateTime.parse("2026-07-19T10:01")).times(1);
  }

  @Test
  void onlyInfoWhileCommunicationIsStillDue() {
    given(decided(june().asOf("2026-07-15T18:00"), d -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-04.due.message").times(1)
        .and().expectNo("APL-04").withSeverity(Severity.ERROR);
  }

  @Test
  void policyWindowAppliesToTheCommunication() {
    given(decided(june().policy(p -> p.objectionResponseDays(14)), d -> d.communicatedAt(LocalDateTime.parse("2026-07-25T10:00"))))
        .expectNone("APL-04");
  }

  @Test
  void silentWhileThereIsNoDecision() {
    given(june().employee("E1").indicator("I1", RESULT, 100).scoredAt("2026-07-01T10:00").score("I1", 70, false)
            .appeal("P1", "2026-07-05T10:00", a -> { }))
        .expectNone("APL-04");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(decided(june().policy(p -> p.addDisabled("APL-04")), d -> d.reasons("")))
        .expectNone("APL-04");
  }
}
