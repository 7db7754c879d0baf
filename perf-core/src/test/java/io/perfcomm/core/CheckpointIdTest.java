package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.policy.CheckpointSeverity;
import io.perfcomm.core.policy.Policy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A checkpoint id has one form, checked where it is made, in code and in a policy file. */
class CheckpointIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"COM-02", "ACME-01", "X1-7", "TRN-02A"})
  void wellFormedIdsAreAccepted(String id) {
    assertEquals(id, CheckpointId.of(id).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"com-01", "COM01", "COM-", "-01", " COM-01", "COM-01 ", "", "1COM-01"})
  void malformedIdsAreRefusedNamingThem(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckpointId.of(id));
    assertEquals(true, e.getMessage().contains("\"" + id + "\"") || id.isBlank(), e.getMessage());
  }

  @Test
  void aLowerCaseIdIsRefusedWithTheUpperCaseOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CheckpointId.of("com-01"));
    assertEquals("checkpoint id \"com-01\" is not of the form ABC-01 (ids are upper case: COM-01)", e.getMessage());
  }

  @Test
  void aPolicyFileReadsTypedIdsAndSeverities() {
    Policy policy = CycleJson.readPolicy("{\"disabled\": [\"COM-03\"], \"severities\": {\"EVA-02\": \"INFO\"}}");
    assertEquals(Set.of(CheckpointId.of("COM-03")), policy.disabled());
    assertEquals(Map.of(CheckpointId.of("EVA-02"), CheckpointSeverity.INFO), policy.severities());
  }

  @Test
  void aPolicyFileWithALowerCaseIdIsAProblemNamingIt() {
    InvalidCycleException e = assertThrows(InvalidCycleException.class,
        () -> CycleJson.readPolicy("{\"disabled\": [\"com-03\"]}"));
    assertEquals(true, e.getMessage().contains("\"com-03\" is not of the form ABC-01"), e.getMessage());
  }

  @Test
  void aPolicyFileWithAnUnknownSeverityIsAProblem() {
    assertThrows(InvalidCycleException.class, () -> CycleJson.readPolicy("{\"severities\": {\"EVA-02\": \"LOW\"}}"));
  }

  @Test
  void aPolicyWritesItsIdsAndSeveritiesBack() {
    Policy policy = Policy.builder().addDisabled("COM-03").putSeverities("EVA-02", CheckpointSeverity.INFO).build();
    assertEquals(policy, CycleJson.readPolicy(CycleJson.mapper().valueToTree(policy).toString()));
  }
}
