package io.perfcomm.rules.interview;

import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** INT-04: interview time is ample: planned at least M minutes and not cut short. */
class Int04Test {

  private static final LocalDateTime AT = LocalDateTime.parse("2026-07-03T10:00");

  /** An interview at 10:00 planned for {@code planned} minutes that lasted {@code actual}. */
  private static Scenario held(Scenario scenario, int planned, int actual) {
    return scored(scenario).interview("T1", AT.toString(),
        i -> i.plannedMinutes(planned).endedAt(AT.plusMinutes(actual)));
  }

  @Test
  void firesWhenPlannedOneMinuteShortOfTheMinimum() {
    given(held(june(), 29, 29))
        .expect("INT-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-04.message").citing("T1")
        .withArgument("planned", 29).withArgument("min", 30).times(1)
        .and().expectNo("INT-04").about("CONTROL");
  }

  @Test
  void exactlyTheMinimumPlannedAndHeldPasses() {
    given(held(june(), 30, 30)).expectNone("INT-04");
  }

  @Test
  void firesWhenNoTimeWasPlanned() {
    given(scored(june()).interview("T1", AT.toString(), i -> i.plannedMinutes(Optional.empty())))
        .expect("INT-04").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-04.unplanned.message").citing("T1")
        .times(1);
  }

  @Test
  void firesWhenCutShortBelowTheMinimum() {
    given(held(june(), 45, 29))
        .expect("INT-04").about("E1").withMessageKey("INT-04.cutShort.message").citing("T1")
        .withArgument("actual", 29L).withArgument("planned", 45).withArgument("min", 30).times(1)
        .and().expect("INT-04").about("E1").times(1);
  }

  @Test
  void endingEarlyButAfterTheMinimumIsNotCutShort() {
    given(held(june(), 45, 30)).expectNone("INT-04");
  }

  @Test
  void aShortPlanHeldAsPlannedIsAPlanningBreachNotACut() {
    given(held(june(), 20, 20))
        .expect("INT-04").about("E1").withMessageKey("INT-04.message").times(1)
        .and().expect("INT-04").about("E1").times(1);
  }

  @Test
  void aShortPlanEndedEvenEarlierIsOneFindingListingBothGaps() {
    // Used to be two findings for one interview (DOMAIN.md §6.3: one record, one finding).
    given(held(june(), 20, 15))
        .expect("INT-04").about("E1").withMessageKey("INT-04.plannedShortAndCutShort.message")
        .withArgument("planned", 20).times(1);
  }

  @Test
  void anInterviewStillAheadIsJudgedOnlyOnItsPlanAsAReminder() {
    // Its plan can still be changed, as its room can (INT-02): INFO until it is held.
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", AT.toString(),
            i -> i.plannedMinutes(20).startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        .expect("INT-04").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-04.message").times(1)
        .and().expect("INT-04").about("E1").times(1);
  }

  @Test
  void anInterviewStillAheadWithNoPlannedTimeIsAReminder() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", AT.toString(), i -> i.plannedMinutes(Optional.empty())
            .startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())))
        .expect("INT-04").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-04.unplanned.message").times(1)
        .and().expect("INT-04").about("E1").times(1);
  }

  @Test
  void departmentPolicyCanRequireLongerInterviews() {
    given(held(june().policy(p -> p.putDepartments(DepartmentId.of("D2"),
                Policy.builder().minInterviewMinutes(60).build())).employee("E1").inDepartment("D2"), 45, 45))
        .expect("INT-04").about("E1").withMessageKey("INT-04.message").withArgument("min", 60).times(1)
        .and().expectNo("INT-04").about("CONTROL");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(held(june().policy(p -> p.addDisabled("INT-04")), 10, 5)).expectNone("INT-04");
  }
}
