package io.perfcomm.rules.engine;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.Fixtures.scored;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.CheckpointSeverity;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A company's policy sets a checkpoint's severity ({@code severities}) without touching a rule sheet:
 * the checkpoint's findings at its default severity carry the company's, and the report says which.
 */
class PolicySeveritiesTest {

  /** E1's second daily talk names no indicator: one COM-03 WARNING by default. */
  private static Scenario dailyTalkWithoutIndicator(Scenario scenario) {
    return scenario.employee("E1").indicator("I1", RESULT, 100)
        .communication(DAILY, "2026-06-10T10:00", "I1")
        .communication(DAILY, "2026-06-17T10:00");
  }

  @Test
  void aCheckpointsFindingsCarryTheSeverityThePolicySets() {
    given(dailyTalkWithoutIndicator(june().policy(p -> p.putSeverities("COM-03", CheckpointSeverity.ERROR))))
        .expect("COM-03").about("E1").withSeverity(Severity.ERROR).citing("C-E1-2").times(1);
  }

  @Test
  void withoutASeverityInThePolicyTheDefaultStands() {
    given(dailyTalkWithoutIndicator(june()))
        .expect("COM-03").about("E1").withSeverity(Severity.WARNING).times(1);
  }

  @Test
  void theReportSaysWhichCheckpointsHaveTheCompanysSeverity() {
    Report report = PerfEngine.builder()
        .policy(Policy.builder().putSeverities("COM-03", CheckpointSeverity.ERROR).build()).build()
        .check(dailyTalkWithoutIndicator(june()).build());
    assertEquals(Map.of("COM-03", Severity.ERROR), report.severities());
    assertTrue(report.departmentSeverities().isEmpty());
    assertEquals(Severity.ERROR, report.findings("COM-03").get(0).severity());
  }

  @Test
  void noSeverityInThePolicyIsAnEmptyMap() {
    assertTrue(PerfEngine.withDefaults().check(june().build()).severities().isEmpty());
  }

  @Test
  void aNoticeBeforeTheDeadlineStaysInfoWhenTheCheckpointIsMadeAWarning() {
    given(scored(june().asOf("2026-07-08T23:59").policy(p -> p.putSeverities("INT-01", CheckpointSeverity.WARNING))))
        .expect("INT-01").about("E1").withSeverity(Severity.INFO).times(1);
  }

  @Test
  void theBreachAfterTheDeadlineTakesTheCompanysSeverity() {
    given(scored(june().asOf("2026-07-09T00:00").policy(p -> p.putSeverities("INT-01", CheckpointSeverity.WARNING))))
        .expect("INT-01").about("E1").withSeverity(Severity.WARNING).times(1);
  }

  @Test
  void aHostCheckpointWithoutACatalogueEntryTakesTheSeverityToo() {
    PerfEngine engine = PerfEngine.builder().addRulesFromClassPath("com/acme/perf/acme.drl")
        .addMessages("com.acme.perf.messages")
        .policy(Policy.builder().putSeverities("ACME-01", CheckpointSeverity.ERROR).build()).build();
    given(june().employee("E1")).using(engine)
        .expect("ACME-01").about("E1", "CONTROL").withSeverity(Severity.ERROR).times(2);
  }

  @Test
  void aDepartmentsOwnSeverityAppliesThereOnly() {
    Policy company = Policy.builder().putDepartments(DepartmentId.of("D2"),
        Policy.builder().putSeverities("COM-03", CheckpointSeverity.INFO).build()).build();
    Scenario scenario = Scenario.month("2026-06")
        .employee("E1").inDepartment("D2").indicator("I1", RESULT, 100).communication(DAILY, "2026-06-17T10:00")
        .employee("E2").indicator("I2", RESULT, 100).communication(DAILY, "2026-06-17T10:00");
    Report report = PerfEngine.builder().policy(company).build().check(scenario.build());
    assertEquals(Severity.INFO, report.findings("COM-03").stream()
        .filter(f -> f.employee().get().value().equals("E1")).findFirst().get().severity());
    assertEquals(Severity.WARNING, report.findings("COM-03").stream()
        .filter(f -> f.employee().get().value().equals("E2")).findFirst().get().severity());
    assertEquals(Map.of("D2", Map.of("COM-03", Severity.INFO)), report.departmentSeverities());
  }

  @Test
  void theEnginesPolicyWinsOverTheCyclesSeverity() {
    Report report = PerfEngine.builder()
        .policy(Policy.builder().putSeverities("COM-03", CheckpointSeverity.INFO).build()).build()
        .check(dailyTalkWithoutIndicator(june().policy(p -> p.putSeverities("COM-03", CheckpointSeverity.ERROR))).build());
    assertEquals(Severity.INFO, report.findings("COM-03").get(0).severity());
    assertEquals(Map.of("COM-03", Severity.INFO), report.severities());
  }
}
