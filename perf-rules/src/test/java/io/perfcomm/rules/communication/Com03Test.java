package io.perfcomm.rules.communication;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.ROLE;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.rules.Severity;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** COM-03: every daily communication names at least one of the employee's own indicators. */
class Com03Test {

  @Test
  void firesForADailyCommunicationNamingNoIndicator() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I1")
            .communication(DAILY, "2026-06-17T10:00"))
        .expect("COM-03").about("E1").withSeverity(Severity.WARNING).citing("C-E1-2")
        .withArgument("at", LocalDateTime.parse("2026-06-17T10:00")).aboutEvaluator("M1").times(1)
        .and().expectNo("COM-03").about("CONTROL");
  }

  @Test
  void anotherEmployeesIndicatorDoesNotCount() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I-CONTROL-1"))
        .expect("COM-03").about("E1").citing("C-E1-1").times(1);
  }

  @Test
  void silentWhenOneOfTheNamedIndicatorsIsTheEmployees() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00", "I-CONTROL-1", "I1"))
        .expectNone("COM-03");
  }

  @Test
  void otherCommunicationTypesNeedNotNameIndicators() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(ROLE, "2026-06-10T10:00"))
        .expectNone("COM-03");
  }

  @Test
  void oneFindingPerOffendingCommunication() {
    given(june().employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00")
            .communication(DAILY, "2026-06-17T10:00"))
        .expect("COM-03").about("E1").times(2);
  }

  @Test
  void anEmployeeWithoutASheetHasNoIndicatorsToName() {
    given(june().employee("E1").communication(DAILY, "2026-06-10T10:00", "I-CONTROL-2"))
        .expect("COM-03").about("E1").citing("C-E1-1").times(1);
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(june().policy(p -> p.addDisabled("COM-03")).employee("E1").indicator("I1", RESULT, 100)
            .communication(DAILY, "2026-06-10T10:00"))
        .expectNone("COM-03");
  }
}
