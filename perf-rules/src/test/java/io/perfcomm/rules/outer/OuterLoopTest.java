package io.perfcomm.rules.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outer loop over two months of one employee, E1, evaluated by M1, whose certification failed
 * (TRN-01, a WARNING); M2's certification still lacks surveys (TRN-01, an INFO note). March names M1
 * 旧名; April, the latest, names them 王芳.
 */
class OuterLoopTest {

  private static final PersonId M1 = PersonId.of("M1");
  private static final PersonId M2 = PersonId.of("M2");

  private static OuterLoop loop;

  @BeforeAll
  static void checkTwoMonths() {
    PerfEngine engine = PerfEngine.withDefaults();
    Cycle march = named(month("2026-03"), "旧名");
    Cycle april = named(month("2026-04"), "王芳");
    // Latest first on purpose: the order of the files is not the order of the periods.
    loop = OuterLoop.of(List.of(new CheckedCycle("april.json", april, engine.check(april)),
        new CheckedCycle("march.json", march, engine.check(march))));
  }

  private static Cycle month(String month) {
    return Scenario.month(month).employee("E1").evaluatedBy("M1").followsStandardProcess()
        .certification("K1", "M1", "2026-T1", 1, 70, 70, 70)
        .certification("K2", "M2", "2026-T1", 1, 90)
        .build();
  }

  private static Cycle named(Cycle cycle, String name) {
    return Cycle.builder().from(cycle).people(cycle.people().stream()
        .map(p -> p.id().equals(M1) ? Person.builder().from(p).name(name).build() : p).collect(Collectors.toList())).build();
  }

  private static EvaluatorFigures evaluator(PersonId id) {
    return loop.evaluators().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void periodsAreInTheOrderOfTheirStart() {
    assertEquals(List.of("2026-03", "2026-04"), loop.periods().stream().map(p -> p.id().value()).toList());
  }

  @Test
  void anInfoNoteIsCountedApartAndIsNoBreach() {
    EvaluatorFigures m2 = evaluator(M2);
    assertEquals(2, m2.tally().notes());
    assertEquals(0, m2.tally().breaches());
    assertEquals(Map.of(), m2.breachesByCheckpoint(), "no heat-map cell for an INFO note");
    Tally trn01 = loop.checkpoints().stream().filter(c -> c.checkpoint().equals("TRN-01")).findFirst().orElseThrow().tally();
    assertEquals(2, trn01.warnings(), "M1 failed in both months");
    assertEquals(2, trn01.notes(), "M2's surveys are missing in both months");
    assertEquals(2, trn01.breaches());
  }

  @Test
  void aPersonIsNamedAsTheLatestPeriodNamesThem() {
    assertEquals("王芳", evaluator(M1).name());
    assertEquals("王芳", loop.name(M1));
    CertificationRisk risk = loop.certificationRisks().stream().filter(r -> r.evaluator().equals(M1)).findFirst().orElseThrow();
    assertEquals("王芳", risk.name());
  }

  @Test
  void certificationStatusIsTyped() {
    CertificationRisk m1 = loop.certificationRisks().stream().filter(r -> r.evaluator().equals(M1)).findFirst().orElseThrow();
    assertEquals(2, m1.periodsAtRisk());
    assertEquals(new CertificationStatus.Failed(70.0, 80.0), m1.latest().status());
    CertificationRisk m2 = loop.certificationRisks().stream().filter(r -> r.evaluator().equals(M2)).findFirst().orElseThrow();
    assertEquals(new CertificationStatus.Incomplete(1, 3), m2.latest().status());
  }

  @Test
  void employeeMonthsCountEachEmployeeOncePerPeriodAndPeopleOnce() {
    assertEquals(2, loop.employeeMonths());
    assertEquals(1, loop.people());
  }

  @Test
  void anOverallResultIsTheScoresWeightedByTheirIndicators() {
    // The standard process scores the result indicator (weight 60) 90 and the task one (weight 40) 85.
    Distribution results = loop.calibration().departments().get(0).results();
    assertEquals(2, results.count());
    assertEquals(88.0, results.mean(), 1e-9);
    assertTrue(loop.calibration().standingOut().isEmpty(), "one evaluator with two results is not judged");
  }
}
