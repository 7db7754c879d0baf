package io.perfcomm.rules.engine;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.organisation.DepartmentId;
import io.perfcomm.core.policy.CheckpointSeverity;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.EngineBuildException;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.testing.CheckpointVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A checkpoint id entering the engine is checked against its checkpoints: a typo fails, naming the id. */
class CheckpointIdsTest {

  private static Cycle cycle(Policy policy) {
    return Scenario.month("2026-06").policy(p -> p.from(policy))
        .employee("E1").indicator("I1", RESULT, 100).communication(DAILY, "2026-06-10T10:00", "I1")
        .scoredAt("2026-07-01T10:00")
        .build();
  }

  @Test
  void aMalformedIdIsRefusedWhereItIsGivenNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerfEngine.builder().disable("com-01"));
    assertEquals("checkpoint id \"com-01\" is not of the form ABC-01 (ids are upper case: COM-01)", e.getMessage());
  }

  @Test
  void anUnknownIdGivenToTheBuilderFailsTheBuildNamingItAndTheLikelyOne() {
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> PerfEngine.builder().disable("COM-3").build());
    assertEquals(List.of("disable COM-3: no such checkpoint in this engine (did you mean COM-03?)"), e.problems());
  }

  @Test
  void anUnknownIdInTheEnginesPolicyFailsTheBuildNamingTheField() {
    Policy policy = Policy.builder().addDisabled("COM-09")
        .putSeverities("EVA-9", CheckpointSeverity.INFO)
        .putDepartments(DepartmentId.of("SALES"), Policy.builder().addDisabled("INT-1").build()).build();
    EngineBuildException e = assertThrows(EngineBuildException.class, () -> PerfEngine.builder().policy(policy).build());
    String unlike = ": no such checkpoint in this engine (perf's are OBJ-01 … TRN-02; a host's are the ids its rule names start with)";
    assertEquals(List.of(
        "policy disabled COM-09" + unlike,
        "policy severities EVA-9" + unlike,
        "policy departments.SALES.disabled INT-1: no such checkpoint in this engine (did you mean INT-01?)"),
        e.problems());
  }

  @Test
  void anUnknownIdInTheCyclesPolicyFailsTheCheckAsAnInputError() {
    InvalidCycleException e = assertThrows(InvalidCycleException.class,
        () -> PerfEngine.withDefaults().check(cycle(Policy.builder().addDisabled("COM-3").build())));
    assertEquals("policy: disabled COM-3: no such checkpoint in this engine (did you mean COM-03?)",
        e.problems().get(0).toString());
    assertEquals("disabled", e.problems().get(0).field());
  }

  @Test
  void anEngineIgnoringTheCyclesPolicyDoesNotJudgeItsIds() {
    PerfEngine engine = PerfEngine.builder().ignoreCyclePolicy().build();
    assertTrue(engine.check(cycle(Policy.builder().addDisabled("COM-3").build())).disabled().isEmpty());
  }

  @Test
  void aHostRuleNamesItsCheckpointSoItCanBeSwitchedOff() {
    PerfEngine engine = PerfEngine.builder().addRulesFromClassPath("com/acme/perf/acme.drl")
        .addMessages("com.acme.perf.messages").disable("ACME-01").build();
    assertTrue(engine.checkpointIds().contains(CheckpointId.of("ACME-01")));
    assertTrue(engine.check(cycle(Policy.defaults())).findings("ACME-01").isEmpty());
  }

  @Test
  void aHostIdIsUnknownToAnEngineWithoutTheHostsSheet() {
    assertThrows(EngineBuildException.class, () -> PerfEngine.builder().disable("ACME-01").build());
  }

  @Test
  void expectNoneOfAnUnknownIdFailsInsteadOfPassingVacuously() {
    CheckpointVerifier verifier = CheckpointVerifier.given(cycle(Policy.defaults()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> verifier.expectNone("COM-1"));
    assertEquals("checkpoint COM-1: no such checkpoint in this engine (did you mean COM-01?)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> verifier.expect("com-02"));
    assertThrows(IllegalArgumentException.class, () -> verifier.expectNo("COM-2"));
  }

  @Test
  void everyPerfCheckpointIsKnown() {
    assertEquals(36, PerfEngine.withDefaults().checkpointIds().size());
  }
}
