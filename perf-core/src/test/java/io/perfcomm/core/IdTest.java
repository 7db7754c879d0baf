package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import org.junit.jupiter.api.Test;

/** Ids are tiny value types: equal by value, printed as themselves, never blank. */
class IdTest {

  @Test
  void idsOfTheSameKindAreEqualByValue() {
    assertEquals(PersonId.of("E1"), PersonId.of("E1"));
  }

  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    assertNotEquals(PersonId.of("X1"), (Object) InterviewId.of("X1"));
  }

  @Test
  void idPrintsAsItsValue() {
    assertEquals("T-7", InterviewId.of("T-7").toString());
  }

  @Test
  void blankIdIsRefusedNamingTheIdType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterviewId.of(" "));
    assertEquals("InterviewId must not be blank", e.getMessage());
  }
}
