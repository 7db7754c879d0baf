package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;

import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.scenario.Scenario;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cycle as it stood at asOf (DOMAIN.md §6.1): events dated after it are left out, and counted. */
class SeenAtAsOfTest {

  private static Cycle wellRunJune() {
    return Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
  }

  @Test
  void aCycleWithNothingAfterTheMomentIsTheSameCycleWithNothingLeftOut() {
    Cycle cycle = wellRunJune();
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, LocalDateTime.of(2026, 12, 31, 0, 0));
    assertSame(cycle, seen.cycle());
    assertEquals(0, seen.leftOut());
  }

  @Test
  void eventsDatedAfterTheMomentAreLeftOutAndCounted() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertTrue(seen.leftOut() > 0);
    assertTrue(seen.cycle().communications().stream().noneMatch(c -> c.at().isAfter(asOf)));
    assertTrue(seen.cycle().records().stream().noneMatch(r -> r.date().isAfter(asOf.toLocalDate())));
    assertTrue(seen.cycle().evaluations().isEmpty(), "scored after asOf: not scored yet");
    assertTrue(seen.cycle().interviews().isEmpty(), "the interview on a score not given yet goes with it");
  }

  @Test
  void everyEventLeftOutIsCountedOnce() {
    Cycle cycle = wellRunJune();
    LocalDateTime asOf = LocalDateTime.of(2026, 6, 10, 0, 0);
    long talks = cycle.communications().stream().filter(c -> c.at().isAfter(asOf)).count();
    long records = cycle.records().stream().filter(r -> r.date().isAfter(asOf.toLocalDate())).count();
    long scores = cycle.evaluations().size();
    long interviews = cycle.interviews().size();
    long applications = cycle.applications().size();
    long appeals = cycle.appeals().size();
    assertEquals(talks + records + scores + interviews + applications + appeals, SeenAtAsOf.of(cycle, asOf).leftOut());
  }

  @Test
  void anInterviewScheduledAfterTheMomentButNotHeldIsKeptAndNotCounted() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess().build();
    LocalDateTime scored = cycle.evaluations().get(0).scoredAt();
    LocalDateTime held = cycle.interviews().get(0).startedAt().orElseThrow();
    LocalDateTime asOf = scored.isAfter(held.minusMinutes(1)) ? scored : held.minusMinutes(1);
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, asOf);
    assertEquals(1, seen.cycle().interviews().size());
    assertTrue(seen.cycle().interviews().get(0).startedAt().isEmpty(), "not held yet at asOf");
    assertEquals(cycle.interviews().get(0).scheduledAt(), seen.cycle().interviews().get(0).scheduledAt());
  }

  /**
   * E1 interviewed on 3 July; objection O1 raised at 10:30 with the given status, answered on 8 July;
   * the result signed on 8 July; O2 raised by e-mail on 7 July.
   */
  private static Cycle objected(ObjectionStatus status, String appealFiled) {
    Scenario scenario = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 70, false)
        .interview("T1", "2026-07-03T10:00", i -> i
            .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-08T10:00")).build())
            .addObjections(Scenario.objection("O1", "2026-07-03T10:30", status)
                .response(Scenario.response("2026-07-08T09:00")).build())
            .addObjections(Scenario.objection("O2", "2026-07-07T09:00", ObjectionStatus.WITHDRAWN).build()));
    if (appealFiled != null) {
      scenario.appeal("P1", appealFiled, a -> a.objection(io.perfcomm.core.interview.ObjectionId.of("O1")));
    }
    return scenario.build();
  }

  @Test
  void whatCameAfterAnInterviewHeldByTheMomentIsLeftOutAndCounted() {
    SeenAtAsOf seen = SeenAtAsOf.of(objected(ObjectionStatus.RESOLVED, null), LocalDateTime.parse("2026-07-06T18:00"));
    Interview interview = seen.cycle().interviews().get(0);
    assertEquals(1, interview.objections().size(), "O2 was not raised yet");
    Objection o1 = interview.objections().get(0);
    assertEquals(ObjectionStatus.OPEN, o1.status(), "not answered, so not resolved yet");
    assertEquals(Optional.empty(), o1.response());
    assertEquals(Optional.empty(), interview.outcome().flatMap(Outcome::signedAt), "not signed yet");
    assertEquals(Agreement.OBJECTED, interview.agreement());
    assertEquals(3, seen.leftOut());
  }

  @Test
  void anObjectionWhoseAppealWasFiledByTheMomentStaysEscalatedWithoutTheLaterAnswer() {
    Objection o1 = SeenAtAsOf.of(objected(ObjectionStatus.ESCALATED, "2026-07-05T09:00"), LocalDateTime.parse("2026-07-06T18:00"))
        .cycle().interviews().get(0).objections().get(0);
    assertEquals(ObjectionStatus.ESCALATED, o1.status());
    assertEquals(Optional.empty(), o1.response());
  }

  @Test
  void aSignatureAtTheInterviewItselfIsKept() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").indicator("I1", RESULT, 100)
        .scoredAt("2026-07-01T10:00").score("I1", 80, true).interview("T1", "2026-07-03T10:00").build();
    // Signed at 10:45; as of 10:30 the interview is under way: a SIGNED outcome keeps its signature.
    SeenAtAsOf seen = SeenAtAsOf.of(cycle, LocalDateTime.parse("2026-07-03T10:30"));
    assertTrue(seen.cycle().interviews().get(0).resultSigned());
  }

  @Test
  void surveysTakenAfterTheMomentAreLeftOutAndAnAttemptNotBegunGoesWithThem() {
    Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess()
        .certification("K1", "M2", "2026-T1", 1, 85, 85, 85).build();
    // Surveys on 1, 8 and 15 June.
    assertEquals(2, SeenAtAsOf.of(cycle, LocalDateTime.parse("2026-06-10T18:00")).cycle().certifications().get(0).surveys().size());
    assertTrue(SeenAtAsOf.of(cycle, LocalDateTime.parse("2026-05-31T18:00")).cycle().certifications().isEmpty());
  }
}
