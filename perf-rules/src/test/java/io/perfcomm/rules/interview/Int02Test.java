package io.perfcomm.rules.interview;

import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.interview.Location;
import io.perfcomm.rules.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** INT-02: the interview location is private and quiet. */
class Int02Test {

  private static Location place(String name, boolean privateRoom, boolean quiet) {
    return Location.builder().name(name).privateRoom(privateRoom).quiet(quiet).build();
  }

  @Test
  void firesInAnOpenOffice() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.location(place("open office", false, false))))
        .expect("INT-02").about("E1").withSeverity(Severity.ERROR).withMessageKey("INT-02.message").citing("T1")
        .withArgument("location", "open office").times(1)
        .and().expectNo("INT-02").about("CONTROL");
  }

  @Test
  void firesInAQuietButNotPrivatePlace() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.location(place("library", false, true))))
        .expect("INT-02").about("E1").withMessageKey("INT-02.notPrivate.message").times(1);
  }

  @Test
  void firesInAPrivateButNoisyPlace() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.location(place("canteen booth", true, false))))
        .expect("INT-02").about("E1").withMessageKey("INT-02.notQuiet.message").times(1);
  }

  @Test
  void firesWhenNoLocationIsRecorded() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.location(Optional.empty())))
        .expect("INT-02").about("E1").withMessageKey("INT-02.missing.message").citing("T1").times(1);
  }

  @Test
  void silentInAPrivateQuietRoom() {
    given(scored(june()).interview("T1", "2026-07-03T10:00", i -> i.location(place("room 3", true, true))))
        .expectNone("INT-02");
  }

  @Test
  void onlyInfoForAnUnfitRoomBeforeTheInterview() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())
                .location(place("open office", false, false))))
        .expect("INT-02").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-02.due.message").citing("T1")
        .withArgument("lacks", "both").times(1);
  }

  @Test
  void anInterviewDueTomorrowWithoutARoomYetIsOnlyInfo() {
    given(scored(june().asOf("2026-07-02T12:00")).interview("T1", "2026-07-03T10:00",
            i -> i.startedAt(Optional.empty()).endedAt(Optional.empty()).outcome(Optional.empty())
                .location(Optional.empty())))
        .expect("INT-02").about("E1").withSeverity(Severity.INFO).withMessageKey("INT-02.unbooked.message")
        .citing("T1").times(1)
        .and().expectNo("INT-02", Severity.ERROR).about("E1");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("INT-02")))
            .interview("T1", "2026-07-03T10:00", i -> i.location(Optional.empty())))
        .expectNone("INT-02");
  }
}
