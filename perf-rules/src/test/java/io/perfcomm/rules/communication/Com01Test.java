package io.perfcomm.rules.communication;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COM-01: a key position has at least N communications in every completed week of the period. */
class Com01Test {

  /** June 2026 runs Monday 1st to Tuesday 30th: weeks 1–7, 8–14, 15–21, 22–28 and 29–30 (two working days, not judged). */
  private static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").keyPosition().followsStandardProcess();
  }

  /** A key-position employee E1 with daily talks at 10:00 on these days of the scenario's month. */
  private static Scenario keyEmployee(Scenario scenario, String... days) {
    scenario.employee("E1").keyPosition().indicator("I1", TASK, 100);
    for (String day : days) {
      scenario.communication(DAILY, day + "T10:00", "I1");
    }
    return scenario;
  }

  @Test
  void firesForACompletedWeekWithoutCommunication() {
    given(keyEmployee(june(), "2026-06-03", "2026-06-17", "2026-06-24"))
        .expect("COM-01").about("E1").withSeverity(Severity.ERROR)
        .withArgument("weekStart", LocalDate.parse("2026-06-08")).withArgument("weekEnd", LocalDate.parse("2026-06-14"))
        .withArgument("count", 0).withArgument("required", 1).aboutEvaluator("M1").times(1)
        .and().expectNo("COM-01").about("CONTROL");
  }

  @Test
  void silentWithOneCommunicationInEveryWeek() {
    given(keyEmployee(june(), "2026-06-07", "2026-06-08", "2026-06-21", "2026-06-22"))
        .expectNone("COM-01");
  }

  @Test
  void aTalkOnSundayNightCountsForItsOwnWeekOnly() {
    given(keyEmployee(june(), "2026-06-03", "2026-06-10", "2026-06-17").employee("E1")
            .communication(RESULT, "2026-06-21T23:59", "I1"))
        .expect("COM-01").about("E1").withArgument("weekStart", LocalDate.parse("2026-06-22")).times(1);
  }

  @Test
  void aTwoDayLastWeekIsNotJudged() {
    given(keyEmployee(june(), "2026-06-03", "2026-06-10", "2026-06-17", "2026-06-24"))
        .expectNone("COM-01");
  }

  @Test
  void aTalkInTheTailDoesNotHideAnEmptyWeekBeforeIt() {
    // Used to pass: 29–30 June was joined to 22–28, so the talk on the 30th stood in for that week.
    given(keyEmployee(june(), "2026-06-03", "2026-06-10", "2026-06-17", "2026-06-30"))
        .expect("COM-01").about("E1").withSeverity(Severity.ERROR)
        .withArgument("weekStart", LocalDate.parse("2026-06-22")).withArgument("weekEnd", LocalDate.parse("2026-06-28"))
        .withArgument("count", 0).times(1)
        .and().expectNo("COM-01").about("CONTROL");
  }

  @Test
  void aFirstWeekOfOneWorkingDayIsNotJudged() {
    // May 2026 starts on a Friday: 1–3 May holds one working day; 4–10 is the first week judged.
    Scenario may = Scenario.month("2026-05").employee("CONTROL").keyPosition().followsStandardProcess();
    given(keyEmployee(may, "2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27"))
        .expectNone("COM-01");
    Scenario again = Scenario.month("2026-05").employee("CONTROL").keyPosition().followsStandardProcess();
    given(keyEmployee(again, "2026-05-01", "2026-05-13", "2026-05-20", "2026-05-27"))
        .expect("COM-01").about("E1").withArgument("weekStart", LocalDate.parse("2026-05-04"))
        .withArgument("weekEnd", LocalDate.parse("2026-05-10")).times(1);
  }

  @Test
  void aFirstWeekOfTwoWorkingDaysIsNotJudgedButThePolicyCanAskForIt() {
    // January 2026 starts on a Thursday: 1–4 holds two working days.
    Scenario january = Scenario.month("2026-01").employee("CONTROL").keyPosition().followsStandardProcess();
    given(keyEmployee(january, "2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"))
        .expectNone("COM-01");
    Scenario strict = Scenario.month("2026-01").policy(p -> p.minWorkingDaysPerWeek(2))
        .employee("CONTROL").keyPosition().followsStandardProcess();
    given(keyEmployee(strict, "2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"))
        .expect("COM-01").about("E1").withArgument("weekStart", LocalDate.parse("2026-01-01"))
        .withArgument("weekEnd", LocalDate.parse("2026-01-04")).times(1);
  }

  @Test
  void aNewHireIsJudgedFromTheFirstDay() {
    // Hired Wednesday 10 June: 1–7 is not theirs, 8–14 holds three of their working days and is judged.
    given(keyEmployee(june(), "2026-06-17", "2026-06-24").employee("E1").hiredOn("2026-06-10"))
        .expect("COM-01").about("E1").withArgument("weekStart", LocalDate.parse("2026-06-10"))
        .withArgument("weekEnd", LocalDate.parse("2026-06-14")).times(1);
    given(keyEmployee(june(), "2026-06-10", "2026-06-17", "2026-06-24").employee("E1").hiredOn("2026-06-10"))
        .expectNone("COM-01");
  }

  @Test
  void aLeaversWeeksEndWithTheLastWorkingDay() {
    // Left Tuesday 16 June: 15–16 is two working days and not judged; nothing after it is asked for.
    given(keyEmployee(june(), "2026-06-03", "2026-06-10").employee("E1").leftOn("2026-06-16"))
        .expectNone("COM-01");
  }

  @Test
  void aWeekOfLeaveIsNotJudged() {
    // Used to be an ERROR: E1 was on annual leave the whole week of 8–14 June.
    given(keyEmployee(june(), "2026-06-03", "2026-06-17", "2026-06-24").employee("E1")
            .onLeave("2026-06-08", "2026-06-12", AbsenceKind.ANNUAL))
        .expectNone("COM-01");
  }

  @Test
  void aWeekWithThreeWorkingDaysLeftIsStillJudged() {
    given(keyEmployee(june(), "2026-06-03", "2026-06-17", "2026-06-24").employee("E1")
            .onLeave("2026-06-08", "2026-06-09", AbsenceKind.ANNUAL))
        .expect("COM-01").about("E1").withSeverity(Severity.ERROR)
        .withArgument("weekStart", LocalDate.parse("2026-06-08")).times(1);
  }

  @Test
  void aWeekWithTwoWorkingDaysLeftIsNotJudged() {
    given(keyEmployee(june(), "2026-06-03", "2026-06-17", "2026-06-24").employee("E1")
            .onLeave("2026-06-08", "2026-06-10", AbsenceKind.ANNUAL))
        .expectNone("COM-01");
  }

  @Test
  void aWeekOfPublicHolidaysIsNotJudged() {
    // October 2026: 1–4 is a week of its own, all holiday or weekend (国庆); 5–11 works on Friday 9 and
    // the make-up Saturday 10.
    Scenario october = Scenario.month("2026-10").policy(p -> p.calendar(CalendarPolicy.builder()
            .addHolidays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
                LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07"), LocalDate.parse("2026-10-08"))
            .addWorkdays(LocalDate.parse("2026-10-10")).build()))
        .employee("CONTROL").keyPosition().followsStandardProcess();
    given(keyEmployee(october, "2026-10-10", "2026-10-14", "2026-10-21", "2026-10-28"))
        .expectNone("COM-01");
  }

  @Test
  void weeksCountFromTheDayTheKeyPositionWasTaken() {
    // E1 took the key position on Tuesday 16 June: 1–7 and 8–14 are not judged.
    given(keyEmployee(june(), "2026-06-17", "2026-06-24").employee("E1").positionSince("2026-06-16"))
        .expectNone("COM-01");
  }

  @Test
  void aTalkBeforeTakingTheKeyPositionDoesNotCountForThatWeek() {
    // E1 took the key position on Wednesday 17 June; the talk on Monday 15 June was before it. The week
    // judged, and named, runs from the 17th: "no communication in the week 15–21 June" would be untrue.
    given(keyEmployee(june(), "2026-06-15", "2026-06-24").employee("E1").positionSince("2026-06-17"))
        .expect("COM-01").about("E1").withArgument("weekStart", LocalDate.parse("2026-06-17"))
        .withArgument("weekEnd", LocalDate.parse("2026-06-21")).withArgument("count", 0).times(1)
        .and().expectNo("COM-01").about("CONTROL");
  }

  @Test
  void aWeekUnderWayInWhichTheKeyPositionWasTakenIsDueFromThatDay() {
    given(keyEmployee(june().asOf("2026-06-18T12:00"), "2026-06-03", "2026-06-10", "2026-06-15").employee("E1")
            .positionSince("2026-06-17"))
        .expect("COM-01").concerning("E1").withSeverity(Severity.INFO).withMessageKey("COM-01.due.message")
        .withArgument("weekStart", LocalDate.parse("2026-06-17")).withArgument("count", 0).times(1);
  }

  @Test
  void notAKeyPositionNeedsNoWeeklyCommunication() {
    given(june().employee("E1").indicator("I1", TASK, 100).communication(DAILY, "2026-06-03T10:00", "I1"))
        .expectNo("COM-01").about("E1");
  }

  @Test
  void aWeekUnderWayIsOnlyDue() {
    // At asOf the control's own talk of the week is still due (DOMAIN.md §6.1): only E1 is asserted.
    given(keyEmployee(june().asOf("2026-06-16T12:00"), "2026-06-03", "2026-06-10"))
        .expect("COM-01").concerning("E1").times(1).withSeverity(Severity.INFO).withMessageKey("COM-01.due.message")
        .withArgument("weekStart", LocalDate.parse("2026-06-15")).withArgument("missing", 1).times(1);
  }

  @Test
  void aWeekCountsOnceItsLastDayHasPassed() {
    given(keyEmployee(june().asOf("2026-06-14T23:59"), "2026-06-03"))
        .expect("COM-01").concerning("E1").times(1).withSeverity(Severity.INFO)
        .withArgument("weekStart", LocalDate.parse("2026-06-08"));
    given(keyEmployee(june().asOf("2026-06-15T00:00"), "2026-06-03"))
        .expect("COM-01").concerning("E1").withSeverity(Severity.ERROR)
        .withArgument("weekStart", LocalDate.parse("2026-06-08")).times(1);
  }

  @Test
  void policyCanRequireTwoPerWeek() {
    given(keyEmployee(june().policy(p -> p.keyPositionWeeklyCommunications(2)),
            "2026-06-03", "2026-06-05", "2026-06-10", "2026-06-17", "2026-06-19", "2026-06-24", "2026-06-26"))
        // The control employee's one check-in a week is too few now as well.
        .expect("COM-01").about("E1", "CONTROL")
        .matching("about E1", f -> f.employee().map(Object::toString).orElse("").equals("E1"))
        .withArgument("weekStart", LocalDate.parse("2026-06-08"))
        .withArgument("count", 1).withArgument("required", 2).citing("C-E1-3").times(1);
  }

  @Test
  void disabledByIdInTheEngine() {
    given(keyEmployee(june()))
        .using(PerfEngine.builder().disable("COM-01").build())
        .expectNone("COM-01");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(keyEmployee(june().policy(p -> p.addDisabled("COM-01"))))
        .expectNone("COM-01");
  }
}
