package io.perfcomm.rules.engine;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.DisabledBy;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report says which checkpoints were switched off and by whom; an engine can ignore the cycle's own policy. */
class DisabledCheckpointsTest {

  /** One communication before scoring: COM-02 fires unless switched off. */
  private static Cycle cycleSwitchingOff(String... ids) {
    return Scenario.month("2026-06")
        .policy(p -> p.addDisabled(ids))
        .employee("E1").indicator("I1", RESULT, 100).communication(DAILY, "2026-06-10T10:00", "I1")
        .scoredAt("2026-07-01T10:00")
        .build();
  }

  @Test
  void reportNamesEachSwitchedOffCheckpointWithItsSources() {
    PerfEngine engine = PerfEngine.builder().disable("COM-03", "COM-02")
        .policy(Policy.builder().addDisabled("EVA-02").build()).build();
    Report report = engine.check(cycleSwitchingOff("COM-02", "INT-01"));
    assertEquals(Map.of(
        "COM-02", Set.of(DisabledBy.ENGINE, DisabledBy.CYCLE),
        "COM-03", Set.of(DisabledBy.ENGINE),
        "EVA-02", Set.of(DisabledBy.POLICY_FILE),
        "INT-01", Set.of(DisabledBy.CYCLE)), report.disabled());
    assertEquals(List.of("COM-02", "COM-03", "EVA-02", "INT-01"), List.copyOf(report.disabled().keySet()));
    assertTrue(report.findings("COM-02").isEmpty());
  }

  @Test
  void aCheckpointOffInOneDepartmentOnlyIsListedToo() {
    Policy company = Policy.builder().putDepartments(DepartmentId.of("D-2"),
        Policy.builder().addDisabled("APP-01").build()).build();
    Report report = PerfEngine.builder().policy(company).build().check(cycleSwitchingOff());
    assertEquals(Map.of("APP-01", Set.of(DisabledBy.POLICY_FILE)), report.disabled());
  }

  @Test
  void nothingSwitchedOffIsAnEmptyMap() {
    assertTrue(PerfEngine.withDefaults().check(cycleSwitchingOff()).disabled().isEmpty());
  }

  @Test
  void ignoringTheCyclePolicyChecksWhatTheFileSwitchedOff() {
    Cycle cycle = cycleSwitchingOff("COM-02");
    Report trusting = PerfEngine.withDefaults().check(cycle);
    Report ignoring = PerfEngine.builder().ignoreCyclePolicy().build().check(cycle);
    assertTrue(trusting.findings("COM-02").isEmpty());
    assertFalse(ignoring.findings("COM-02").isEmpty(), ignoring::toString);
    assertTrue(ignoring.disabled().isEmpty());
  }
}
