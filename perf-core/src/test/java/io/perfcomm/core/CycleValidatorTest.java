package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordId;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.Department;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import io.perfcomm.core.organisation.Absence;
import io.perfcomm.core.organisation.AbsenceId;
import io.perfcomm.core.organisation.AbsenceKind;
import io.perfcomm.core.policy.CalendarPolicy;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.RatingScale;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import io.perfcomm.core.training.Survey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each structural rule of a cycle, one at a time, against a cycle that is otherwise consistent. */
class CycleValidatorTest {

  private static final DepartmentId SALES = DepartmentId.of("D-1");
  private static final PersonId MANAGER = PersonId.of("M-1");
  private static final PersonId EMPLOYEE = PersonId.of("E-1");
  private static final LocalDateTime SCORED = LocalDateTime.of(2026, 4, 1, 10, 0);

  @Test
  void consistentCycleBuilds() {
    assertDoesNotThrow(() -> valid().build());
  }

  @Test
  void duplicateIdIsNamedOnTheSecondRecord() {
    assertProblems(c -> c.addDepartments(department("D-1")),
        "departments[1] (id D-1): id D-1 is used by another record of departments");
  }

  @Test
  void evaluatorThatNamesNoPersonIsAProblem() {
    assertProblems(c -> c.people(List.of(manager(), Person.builder().from(employee()).evaluator(PersonId.of("M-9")).build())),
        "people[1] (id E-1): evaluator M-9 names no person");
  }

  @Test
  void scoreOfAnUnknownIndicatorIsAProblem() {
    assertProblems(c -> c.evaluations(List.of(evaluation(score("K-9", "R-1")))),
        "evaluations[0] (id V-1): scores[0].indicator K-9 names no indicator");
  }

  @Test
  void evidenceThatNamesNoRecordOrCommunicationIsAProblem() {
    assertProblems(c -> c.evaluations(List.of(evaluation(score("K-1", "R-9")))),
        "evaluations[0] (id V-1): scores[0].evidence R-9 names no record or communication");
  }

  @Test
  void communicationIsAcceptedAsEvidence() {
    assertDoesNotThrow(() -> valid().evaluations(List.of(evaluation(score("K-1", "C-1")))).build());
  }

  @Test
  void appealOfAnUnknownObjectionIsAProblem() {
    assertProblems(c -> c.appeals(List.of(Appeal.builder().from(appeal()).objection(ObjectionId.of("O-9")).build())),
        "appeals[0] (id A-1): objection O-9 names no objection");
  }

  @Test
  void interviewEndingBeforeItStartedIsAProblem() {
    assertProblems(c -> c.interviews(List.of(Interview.builder().from(interview())
            .startedAt(LocalDateTime.of(2026, 4, 2, 10, 0))
            .endedAt(LocalDateTime.of(2026, 4, 2, 9, 0)).build())),
        "interviews[0] (id T-1): endedAt 2026-04-02T09:00 is before startedAt 2026-04-02T10:00");
  }

  @Test
  void interviewPlannedForZeroMinutesIsAProblem() {
    assertProblems(c -> c.interviews(List.of(Interview.builder().from(interview()).plannedMinutes(0).build())),
        "interviews[0] (id T-1): plannedMinutes 0 is not above 0");
  }

  @Test
  void negativeWeightIsAProblem() {
    assertProblems(c -> c.sheets(List.of(sheet(-5))),
        "sheets[0] (id S-1): indicators[0].weight -5 is negative or not a number (indicator K-1 \"Collections\")");
  }

  @Test
  void surveyScoreAbove100IsAProblem() {
    assertProblems(c -> c.certifications(List.of(certification(101))),
        "certifications[0] (id C-1): surveys[0].score 101.0 is outside 0–100");
  }

  @Test
  void surveyScoreOf100IsAccepted() {
    assertDoesNotThrow(() -> valid().certifications(List.of(certification(100))).build());
  }

  @Test
  void otherFormatVersionIsAProblem() {
    assertProblems(c -> c.format("perf-cycle/2"),
        "format: format \"perf-cycle/2\" is not supported; expected \"perf-cycle/1\"");
  }

  @Test
  void periodEndingBeforeItStartsIsAProblem() {
    assertProblems(c -> c.period(Period.of("2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28))),
        "period: end 2026-02-28 is before start 2026-03-01");
  }

  @Test
  void passMarkAbove100IsAProblem() {
    assertProblems(c -> c.policy(Policy.builder().passMark(120.0).build()),
        "policy: passMark 120.0 is outside 0–100");
  }

  @Test
  void leavingBeforeJoiningIsAProblemNamingThePerson() {
    Person leaver = Person.builder().from(employee()).hiredOn(LocalDate.of(2026, 3, 16)).leftOn(LocalDate.of(2026, 3, 13)).build();
    assertProblems(c -> c.people(List.of(manager(), leaver)),
        "people[1] (id E-1): leftOn 2026-03-13 is before hiredOn 2026-03-16");
  }

  @Test
  void leavingOnTheFirstDayIsAccepted() {
    Person oneDay = Person.builder().from(employee()).hiredOn(LocalDate.of(2026, 3, 16)).leftOn(LocalDate.of(2026, 3, 16)).build();
    assertDoesNotThrow(() -> valid().people(List.of(manager(), oneDay)).build());
  }

  @Test
  void minWorkingDaysPerWeekOutside1To7IsAProblem() {
    assertProblems(c -> c.policy(Policy.builder().minWorkingDaysPerWeek(0).build()),
        "policy: minWorkingDaysPerWeek 0 is outside 1–7");
    assertProblems(c -> c.policy(Policy.builder().minWorkingDaysPerWeek(8).build()),
        "policy: minWorkingDaysPerWeek 8 is outside 1–7");
  }

  @Test
  void everyProblemIsListedInOrder() {
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> valid()
        .addDepartments(department("D-1"))
        .interviews(List.of(Interview.builder().from(interview()).plannedMinutes(0).build()))
        .build());
    assertEquals(List.of(
        "departments[1] (id D-1): id D-1 is used by another record of departments",
        "interviews[0] (id T-1): plannedMinutes 0 is not above 0"), strings(e));
  }

  @Test
  void evaluatorWithoutTheEvaluatorRoleIsAProblem() {
    Person plainManager = Person.builder().from(manager()).roles(List.of(Role.EMPLOYEE)).build();
    assertProblems(c -> c.people(List.of(plainManager, employee())).certifications(List.of()),
        "people[1] (id E-1): evaluator M-1 does not have the EVALUATOR role");
  }

  @Test
  void circleOfEvaluatorsIsOneProblem() {
    Person circularManager = Person.builder().from(manager()).addRoles(Role.EMPLOYEE).evaluator(PersonId.of("E-1")).build();
    Person evaluatingEmployee = Person.builder().from(employee()).addRoles(Role.EMPLOYEE, Role.EVALUATOR).build();
    assertProblems(c -> c.people(List.of(circularManager, evaluatingEmployee)),
        "people[1] (id E-1): evaluator relations form a circle: E-1 → M-1 → E-1");
  }

  @Test
  void sheetOfSomeoneWhoIsNotEvaluatedIsAProblem() {
    assertProblems(c -> c.sheets(List.of(IndicatorSheet.builder().from(sheet(100)).employee(MANAGER).build())),
        "sheets[0] (id S-1): employee M-1 does not have the EMPLOYEE role");
  }

  @Test
  void appealOfAnotherEmployeesEvaluationIsAProblem() {
    Person other = Person.builder().id(PersonId.of("E-2")).name("Wu").department(SALES).evaluator(MANAGER).build();
    assertProblems(c -> c.addPeople(other).appeals(List.of(Appeal.builder().from(appeal()).employee(PersonId.of("E-2")).build())),
        "appeals[0] (id A-1): employee E-2 is not the employee E-1 of evaluation V-1");
  }

  @Test
  void periodLongerThanALeapYearIsAProblem() {
    assertProblems(c -> c.period(Period.of("long", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2))),
        "period: period 2026-01-01 – 2027-01-02 is longer than 366 days");
  }

  @Test
  void policyDayCountThatWouldOverflowADeadlineIsAProblem() {
    assertProblems(c -> c.policy(Policy.builder().scoringDeadlineDays(Integer.MAX_VALUE).build()),
        "policy: scoringDeadlineDays 2147483647 is outside 0–366");
  }

  @Test
  void infiniteRatingScaleIsAProblem() {
    assertProblems(c -> c.policy(Policy.builder().ratingScale(RatingScale.of(0, Double.POSITIVE_INFINITY)).build()),
        "policy: ratingScale 0.0–Infinity is not a finite range");
  }

  @Test
  void absenceEndingBeforeItStartsIsAProblem() {
    assertProblems(c -> c.addAbsences(Absence.builder().id(AbsenceId.of("L-1")).person(EMPLOYEE)
            .from(LocalDate.of(2026, 3, 10)).to(LocalDate.of(2026, 3, 9)).kind(AbsenceKind.ANNUAL).build()),
        "absences[0] (id L-1): to 2026-03-09 is before from 2026-03-10");
  }

  @Test
  void dayThatIsBothHolidayAndMakeUpWorkdayIsAProblem() {
    LocalDate day = LocalDate.of(2026, 3, 7);
    assertProblems(c -> c.policy(Policy.builder()
            .calendar(CalendarPolicy.builder().addHolidays(day).addWorkdays(day).build()).build()),
        "policy: calendar 2026-03-07 is both a holiday and a make-up working day");
  }

  private static void assertProblems(UnaryOperator<Cycle.Builder> change, String... expected) {
    InvalidCycleException e = assertThrows(InvalidCycleException.class, () -> change.apply(valid()).build());
    assertEquals(List.of(expected), strings(e));
  }

  private static List<String> strings(InvalidCycleException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  /** A small cycle in which every reference resolves: one evaluator, one employee, one of each record. */
  private static Cycle.Builder valid() {
    Cycle.Builder cycle = Cycle.builder();
    cycle.period(Period.of("2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
        .addDepartments(department("D-1"))
        .addPeople(manager(), employee())
        .addSheets(sheet(100))
        .addRecords(EvidenceRecord.builder().id(RecordId.of("R-1")).employee(EMPLOYEE)
            .indicator(IndicatorId.of("K-1")).date(LocalDate.of(2026, 3, 10)).kind(RecordKind.DATA)
            .summary("on track").build())
        .addCommunications(Communication.builder().id(CommunicationId.of("C-1")).type(CommunicationType.DAILY)
            .employee(EMPLOYEE).evaluator(MANAGER).at(LocalDateTime.of(2026, 3, 10, 10, 0))
            .addIndicators(IndicatorId.of("K-1")).build())
        .addEvaluations(evaluation(score("K-1", "R-1")))
        .addInterviews(interview())
        .addAppeals(appeal())
        .addCertifications(certification(85));
    return cycle;
  }

  private static Department department(String id) {
    return Department.builder().id(DepartmentId.of(id)).name("Sales").build();
  }

  private static Person manager() {
    return Person.builder().id(MANAGER).name("Zhao").department(SALES).addRoles(Role.EVALUATOR).build();
  }

  private static Person employee() {
    return Person.builder().id(EMPLOYEE).name("Zhou").department(SALES).evaluator(MANAGER).build();
  }

  private static IndicatorSheet sheet(double weight) {
    return IndicatorSheet.builder().id(SheetId.of("S-1")).employee(EMPLOYEE)
        .addIndicators(Indicator.builder().id(IndicatorId.of("K-1")).name("Collections")
            .level(IndicatorLevel.RESULT).weight(weight).target("1.2M").build())
        .build();
  }

  private static Score score(String indicator, String evidence) {
    return Score.builder().indicator(IndicatorId.of(indicator)).score(90).targetMet(true)
        .addEvidence(EvidenceId.of(evidence)).build();
  }

  private static Evaluation evaluation(Score score) {
    return Evaluation.builder().id(EvaluationId.of("V-1")).employee(EMPLOYEE).evaluator(MANAGER)
        .scoredAt(SCORED).addScores(score).build();
  }

  private static Interview interview() {
    return Interview.builder().id(InterviewId.of("T-1")).evaluation(EvaluationId.of("V-1"))
        .scheduledAt(LocalDateTime.of(2026, 4, 2, 10, 0)).plannedMinutes(45)
        .addObjections(Objection.builder().id(ObjectionId.of("O-1")).raisedAt(LocalDateTime.of(2026, 4, 2, 10, 20))
            .text("target changed mid-period").status(ObjectionStatus.ESCALATED).build())
        .build();
  }

  private static Appeal appeal() {
    return Appeal.builder().id(AppealId.of("A-1")).employee(EMPLOYEE).evaluation(EvaluationId.of("V-1"))
        .objection(ObjectionId.of("O-1")).filedAt(LocalDateTime.of(2026, 4, 3, 9, 0))
        .status(AppealStatus.PENDING).build();
  }

  private static Certification certification(double surveyScore) {
    return Certification.builder().id(CertificationId.of("C-1")).evaluator(MANAGER).trainingPeriod("2026-H1")
        .attempt(1).addSurveys(Survey.builder().at(LocalDate.of(2026, 3, 11)).score(surveyScore).build()).build();
  }
}
