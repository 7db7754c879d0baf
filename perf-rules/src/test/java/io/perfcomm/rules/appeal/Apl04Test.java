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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * APL-04: every appeal is decided within N days of filing (the last day moved off non-working days),
 * and the decision, with its reasons, reaches the employee by then.
 */
class Apl04Test {

  /** E1, scored on 1 July, interviewed on 3 July. */
  private static Scenario scored(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 70, false, "R1").interview("T1", "2026-07-03T10:00");
  }

  /** E1's appeal P1, filed on Sunday 5 July: thirty days on is Tuesday 4 August, the last day. */
  private static Scenario decided(Scenario scenario, String at, Consumer<Decision.Builder> change) {
    Decision.Builder decision = Decision.builder().at(LocalDateTime.parse(at))
        .outcome(DecisionOutcome.AMENDED).reasons("two records were misdated");
    change.accept(decision);
    return scored(scenario).appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.DECIDED).decision(decision.build()));
  }

  @Test
  void firesWhenTheAppealIsNotDecidedByTheLastDay() {
    given(scored(june().asOf("2026-08-05T09:00")).appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.message").citing("P1")
        .withArgument("appeal", AppealId.of("P1")).withArgument("deadline", LocalDate.parse("2026-08-04")).times(1);
  }

  @Test
  void onlyInfoWhileTheDecisionIsStillDue() {
    given(scored(june().asOf("2026-08-04T18:00")).appeal("P1", "2026-07-05T10:00", a -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-04.due.message").times(1)
        .and().expectNo("APL-04").withSeverity(Severity.ERROR);
  }

  @Test
  void silentWhenDecidedAndCommunicatedWithReasonsOnTheLastDay() {
    given(decided(june().asOf("2026-08-10T09:00"), "2026-08-04T10:00",
            d -> d.communicatedAt(LocalDateTime.parse("2026-08-04T23:59"))))
        .expectNone("APL-04");
  }

  @Test
  void firesOnceWhenDecidedAfterTheLastDay() {
    given(decided(june().asOf("2026-08-10T09:00"), "2026-08-05T09:00",
            d -> d.communicatedAt(LocalDateTime.parse("2026-08-05T10:00"))))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.late.message")
        .withArgument("decidedAt", LocalDateTime.parse("2026-08-05T09:00")).times(1);
  }

  @Test
  void aLastDayOnASundayMovesToMonday() {
    // Filed on Friday 3 July: thirty days on is Sunday 2 August, so Monday 3 August is the last day.
    given(scored(june().asOf("2026-08-10T09:00")).appeal("P1", "2026-07-03T10:00", a -> a.status(AppealStatus.DECIDED)
            .decision(Decision.builder().at(LocalDateTime.parse("2026-08-03T15:00")).outcome(DecisionOutcome.UPHELD)
                .reasons("the records support the score").communicatedAt(LocalDateTime.parse("2026-08-03T16:00")).build())))
        .expectNone("APL-04");
  }

  @Test
  void firesWhenTheDecisionWasNeverCommunicated() {
    given(decided(june().asOf("2026-08-05T09:00"), "2026-07-12T10:00", d -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.unheard.message")
        .withArgument("communicatedAt", Optional.empty()).citing("P1").times(1);
  }

  @Test
  void firesWhenTheDecisionReachedTheEmployeeAfterTheLastDay() {
    given(decided(june().asOf("2026-08-10T09:00"), "2026-07-12T10:00",
            d -> d.communicatedAt(LocalDateTime.parse("2026-08-05T00:00"))))
        .expect("APL-04").about("E1").withMessageKey("APL-04.unheard.message")
        .withArgument("communicatedAt", Optional.of(LocalDateTime.parse("2026-08-05T00:00"))).times(1);
  }

  @Test
  void onlyInfoWhileTheDecisionIsStillToBeCommunicated() {
    given(decided(june().asOf("2026-07-15T18:00"), "2026-07-12T10:00", d -> { }))
        .expect("APL-04").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-04.tell.message").times(1)
        .and().expectNo("APL-04").withSeverity(Severity.ERROR);
  }

  @Test
  void aDecisionToldAfterAsOfIsStillToBeCommunicated() {
    // Decided on 12 July, told on 20 July; as of 15 July it had not reached the employee (DOMAIN.md §6.1).
    given(decided(june().asOf("2026-07-15T18:00"), "2026-07-12T10:00",
            d -> d.communicatedAt(LocalDateTime.parse("2026-07-20T10:00"))))
        .expect("APL-04").about("E1").withSeverity(Severity.INFO).withMessageKey("APL-04.tell.message").times(1);
  }

  @Test
  void firesWhenTheDecisionHasNoReasons() {
    given(decided(june(), "2026-07-12T10:00", d -> d.reasons(" ").communicatedAt(LocalDateTime.parse("2026-07-13T10:00"))))
        .expect("APL-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("APL-04.reasons.message")
        .withArgument("outcome", DecisionOutcome.AMENDED).times(1);
  }

  @Test
  void policySetsTheDecisionWindow() {
    // Ten days from Sunday 5 July is Wednesday 15 July.
    given(decided(june().policy(p -> p.appealDecisionDays(10)), "2026-07-16T10:00",
            d -> d.communicatedAt(LocalDateTime.parse("2026-07-16T11:00"))))
        .expect("APL-04").about("E1").withMessageKey("APL-04.late.message")
        .withArgument("deadline", LocalDate.parse("2026-07-15")).times(1);
  }

  @Test
  void aWithdrawnAppealNeedsNoDecision() {
    given(scored(june().asOf("2026-08-10T09:00")).appeal("P1", "2026-07-05T10:00", a -> a.status(AppealStatus.WITHDRAWN)))
        .expectNone("APL-04");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(decided(june().policy(p -> p.addDisabled("APL-04")), "2026-07-12T10:00", d -> d.reasons("")))
        .expectNone("APL-04");
  }
}
