package io.perfcomm.rules.interview;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** INT-06: a sensitive purpose has recorded preparation and HR or senior-leader support present. */
class Int06Test {

  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess().hr("H1").leader("L1");
  }

  private static Scenario scored(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 40, false, "R1")
        .strength("keeps the accounts", "R1").weakness("misses targets", "R1");
  }

  /** A sensitive interview, prepared, then changed by the test. */
  private static Consumer<Interview.Builder> sensitive(PurposeKind kind, Consumer<Interview.Builder> change) {
    return i -> {
      i.purpose(Purpose.builder().kind(kind).statement("Talk about your future in the team").build())
          .preparation("Facts, evidence and options agreed with HR");
      change.accept(i);
    };
  }

  @Test
  void firesWhenADismissalHasNoSupportPresent() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", sensitive(PurposeKind.DISMISSAL, i -> { })))
        .expect("INT-06").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-06.message").citing("T1")
        .withArgument("purpose", PurposeKind.DISMISSAL).times(1)
        .and().expectNo("INT-06").about("CONTROL");
  }

  @Test
  void everySensitivePurposeNeedsSupport() {
    for (PurposeKind kind : new PurposeKind[] {PurposeKind.DEMOTION, PurposeKind.IMPROVEMENT_WARNING}) {
      given(scored(june()).interview("T1", "2026-07-03T10:00", sensitive(kind, i -> { })))
          .expect("INT-06").about("E1").withArgument("purpose", kind).times(1);
    }
  }

  @Test
  void silentWithAnHrPartnerPresent() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.addSupport(PersonId.of("H1")))))
        .expectNone("INT-06");
  }

  @Test
  void silentWithTheLeaderInChargePresent() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DEMOTION, i -> i.addSupport(PersonId.of("L1")))))
        .expectNone("INT-06");
  }

  @Test
  void aColleagueIsNoSupport() {
    given(scored(june().employee("E2")).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.addSupport(PersonId.of("E2")))))
        .expect("INT-06").about("E1").withMessageKey("INT-06.message").citing("T1").withArgument("support", java.util.List.of(io.perfcomm.core.organisation.PersonId.of("E2"))).times(1);
  }

  @Test
  void firesWhenNoPreparationIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.addSupport(PersonId.of("H1")).preparation(Optional.empty()))))
        .expect("INT-06").about("E1").withMessageKey("INT-06.unprepared.message").citing("T1").times(1)
        .and().expect("INT-06").about("E1").times(1);
  }

  @Test
  void neitherPreparedNorSupportedIsOneFindingListingBothGaps() {
    // Used to be two findings for one dismissal talk (DOMAIN.md §6.3: one interview, one finding).
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.preparation(Optional.empty()))))
        .expect("INT-06").about("E1").withMessageKey("INT-06.unpreparedUnsupported.message").citing("T1").times(1);
  }

  @Test
  void oneReminderBeforeAnInterviewStillLackingBoth() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.preparation(Optional.empty())
                .startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty()))))
        .expect("INT-06").about("E1").withMessageKey("INT-06.due.message").times(1);
  }

  @Test
  void aBlankPreparationIsNone() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.IMPROVEMENT_WARNING, i -> i.addSupport(PersonId.of("H1")).preparation(" "))))
        .expect("INT-06").about("E1").withMessageKey("INT-06.unprepared.message").times(1);
  }

  @Test
  void aResultReviewNeedsNoSupport() {
    given(scored(june()).interview("T1", "2026-07-03T10:00",
            i -> i.purpose(Purpose.builder().kind(PurposeKind.RESULT_REVIEW).statement("Review June").build())))
        .expectNone("INT-06");
  }

  @Test
  void onlyInfoBeforeASensitiveInterviewStillAhead() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL,
                i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty()))))
        .expect("INT-06").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-06.due.message").citing("T1")
        .times(1);
  }

  @Test
  void silentBeforeAPreparedAndSupportedInterview() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            sensitive(PurposeKind.DISMISSAL, i -> i.addSupport(PersonId.of("H1"))
                .startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty()))))
        .expectNone("INT-06");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("INT-06")))
            .interview("T1", "2026-07-03T10:00", sensitive(PurposeKind.DISMISSAL, i -> i.preparation(Optional.empty()))))
        .expectNone("INT-06");
  }
}
