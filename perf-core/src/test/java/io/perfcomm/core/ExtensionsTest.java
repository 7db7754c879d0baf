package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Typed access to a record's host data, and Scenario's way of setting it. */
class ExtensionsTest {

  private static Person person(Scenario scenario) {
    return scenario.build().people().stream().filter(p -> p.id().equals(PersonId.of("E1"))).findFirst().orElseThrow();
  }

  private static final Person E1 = person(Scenario.month("2026-06").employee("E1")
      .extension("costCentre", "CC-7").extension("grade", new BigDecimal("7.50")).extension("probation", true));

  @Test
  void readsTextNumberAndFlagAsTheirTypes() {
    assertEquals("CC-7", Extensions.text(E1, "costCentre"));
    assertEquals(new BigDecimal("7.50"), Extensions.number(E1, "grade"));
    assertTrue(Extensions.flag(E1, "probation"));
    assertTrue(Extensions.has(E1, "grade"));
  }

  @Test
  void anAbsentKeyReadsAsNullOrFalse() {
    assertNull(Extensions.text(E1, "nickname"));
    assertNull(Extensions.number(E1, "nickname"));
    assertFalse(Extensions.flag(E1, "nickname"));
    assertFalse(Extensions.has(E1, "nickname"));
  }

  @Test
  void aValueOfAnotherTypeFailsNamingTheKeyButNotTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extensions.number(E1, "costCentre"));
    assertEquals("extensions.costCentre is text, not a number", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Extensions.flag(E1, "grade"));
    assertThrows(IllegalArgumentException.class, () -> Extensions.text(E1, "probation"));
  }

  @Test
  void integersAndDoublesBecomeExactNumbers() {
    assertEquals(new BigDecimal("3"), Extensions.value(3).decimalValue());
    assertEquals(new BigDecimal("0.1"), Extensions.value(0.1).decimalValue());
    assertThrows(IllegalArgumentException.class, () -> Extensions.value(new Object()));
  }

  @Test
  void scenarioExtensionsSurviveTheCycleFile() throws Exception {
    Cycle cycle = Scenario.month("2026-06").employee("E1").extension("costCentre", "CC-7").extension("grade", 7).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CycleJson.write(cycle, out);
    Cycle read = CycleJson.read(new ByteArrayInputStream(out.toByteArray()));
    Person e1 = read.people().stream().filter(p -> p.id().equals(PersonId.of("E1"))).findFirst().orElseThrow();
    assertEquals("CC-7", Extensions.text(e1, "costCentre"));
    assertEquals(0, new BigDecimal("7").compareTo(Extensions.number(e1, "grade")));
  }
}
