package io.perfcomm.core.generator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CycleGeneratorTest {

  private static final GeneratedCycle CLEAN = CycleGenerator.generateWithBreaches(GeneratorOptions.of(11, 400, 0.0));
  private static final GeneratedCycle BROKEN = CycleGenerator.generateWithBreaches(GeneratorOptions.of(12, 1_500, 1.0));

  @Test
  void sameSeedGivesEqualCycles() {
    GeneratedCycle first = CycleGenerator.generateWithBreaches(GeneratorOptions.of(7, 200, 0.3));
    GeneratedCycle second = CycleGenerator.generateWithBreaches(GeneratorOptions.of(7, 200, 0.3));
    assertEquals(first.cycle(), second.cycle());
    assertEquals(first.breaches(), second.breaches());
  }

  @Test
  void differentSeedsGiveDifferentCycles() {
    assertNotEquals(CycleGenerator.generate(7, 200, 0.3), CycleGenerator.generate(8, 200, 0.3));
  }

  @Test
  void defaultsToMarch2026CheckedTwentyDaysAfter() {
    Cycle cycle = CycleGenerator.generate(1, 10, 0);
    assertEquals("2026-03", cycle.period().id().value());
    assertEquals(LocalDateTime.of(2026, 4, 20, 18, 0), cycle.asOf().orElseThrow());
  }

  @Test
  void aStatedPurposeNamesThePeriodAsAnHrDocumentDoes() {
    // Used to read 回顾2026-03绩效结果: a period is written 2026年3月 (DOMAIN.md §6.4).
    Cycle cycle = CycleGenerator.generate(1, 10, 0);
    List<String> statements = cycle.interviews().stream().flatMap(i -> i.purpose().stream())
        .flatMap(p -> p.statement().stream()).filter(s -> s.startsWith("回顾")).toList();
    assertFalse(statements.isEmpty());
    statements.forEach(s -> assertTrue(s.startsWith("回顾2026年3月绩效结果"), s));
  }

  @Test
  void generatesTheAskedNumberOfEmployeesWithStaff() {
    Cycle cycle = CycleGenerator.generate(3, 100, 0.2);
    Map<Role, Long> roles = cycle.people().stream()
        .flatMap(p -> p.effectiveRoles().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    // 100 employees: two departments of 50, each with a leader, an HR partner and seven evaluators.
    assertEquals(100, roles.get(Role.EMPLOYEE));
    assertEquals(2, roles.get(Role.LEADER));
    assertEquals(2, roles.get(Role.HR));
    assertEquals(14, roles.get(Role.EVALUATOR));
  }

  @Test
  void aRealisticShareOfCleanEmployeesJoinOrLeaveMidPeriod() {
    Cycle cycle = CycleGenerator.generate(5, 1000, 0.0);
    long hires = cycle.employees().stream()
        .filter(p -> p.hiredOn().filter(day -> day.isAfter(cycle.period().start()) && cycle.period().contains(day)).isPresent())
        .count();
    long leavers = cycle.employees().stream().filter(p -> p.leftOn().filter(cycle.period()::contains).isPresent()).count();
    assertTrue(hires >= 25 && hires <= 80, "hires " + hires);
    assertTrue(leavers >= 20 && leavers <= 65, "leavers " + leavers);
    assertTrue(cycle.employees().stream().allMatch(p -> p.hiredOn().isPresent()), "everybody's hiredOn is recorded");
  }

  @Test
  void leaversOweNothingAfterTheirLastDay() {
    Cycle cycle = CycleGenerator.generate(5, 1000, 0.0);
    cycle.employees().stream().filter(p -> p.leftOn().filter(cycle.period()::contains).isPresent()).forEach(p -> {
      assertTrue(cycle.evaluations().stream().noneMatch(v -> v.employee().equals(p.id())), p.id().value());
      assertTrue(cycle.records().stream().filter(r -> r.employee().equals(p.id()))
          .allMatch(r -> !r.date().isAfter(p.leftOn().get())), p.id().value());
    });
  }

  @Test
  void breachShareZeroInjectsNoBreach() {
    assertTrue(CLEAN.breaches().isEmpty());
  }

  @Test
  void cleanEmployeesShowNoBreachSymptom() {
    for (EmployeeView employee : EmployeeView.of(CLEAN.cycle())) {
      assertEquals(Set.of(), BreachSymptoms.shown(employee), employee.person.id().value());
    }
  }

  @Test
  void cleanEmployeesHaveTwoTalksBeforeScoringAndWeightsOf100() {
    for (EmployeeView employee : EmployeeView.of(CLEAN.cycle())) {
      String who = employee.person.id().value();
      assertAll(who,
          () -> assertTrue(employee.talksBeforeScoring().size() >= 2),
          () -> assertEquals(100.0, employee.sheet.indicators().stream().mapToDouble(Indicator::weight).sum(), 1e-9));
    }
  }

  @Test
  void sheetsHoldThreeToFiveIndicatorsWithATaskOne() {
    CLEAN.cycle().sheets().forEach(sheet -> {
      assertTrue(sheet.indicators().size() >= 3 && sheet.indicators().size() <= 5, sheet.id().value());
      assertTrue(sheet.indicators().stream().anyMatch(i -> i.level() == IndicatorLevel.TASK), sheet.id().value());
    });
  }

  @Test
  void cleanScoresCiteEvidenceDatedInThePeriod() {
    Cycle cycle = CLEAN.cycle();
    Map<String, EvidenceRecord> records = cycle.records().stream().collect(Collectors.toMap(r -> r.id().value(), r -> r));
    cycle.evaluations().forEach(evaluation -> evaluation.scores().forEach(score -> {
      assertFalse(score.evidence().isEmpty(), evaluation.id() + " " + score.indicator());
      for (EvidenceId id : score.evidence()) {
        assertTrue(cycle.period().contains(records.get(id.value()).date()), evaluation.id() + " cites " + id);
      }
    }));
  }

  @Test
  void cleanEmployeesHaveIndicatorAndApplicationTalks() {
    for (EmployeeView employee : EmployeeView.of(CLEAN.cycle())) {
      assertTrue(employee.communications.stream().anyMatch(c -> c.type() == CommunicationType.INDICATOR));
      assertTrue(employee.communications.stream().anyMatch(c -> c.type() == CommunicationType.APPLICATION));
    }
  }

  @Test
  void cleanEvaluatorsAllPassCertification() {
    CLEAN.cycle().certifications().forEach(c -> {
      assertEquals(1, c.attempt());
      assertEquals(3, c.surveys().size());
      c.surveys().forEach(s -> assertTrue(s.score() >= 80, c.id().value()));
    });
  }

  @Test
  void breachShareOneGivesEveryEmployeeABreach() {
    for (Person employee : BROKEN.cycle().employees()) {
      assertFalse(BROKEN.breachesOf(employee.id()).isEmpty(), employee.id().value());
    }
  }

  @Test
  void everyInjectedBreachShowsAndNoOther() {
    for (EmployeeView employee : EmployeeView.of(BROKEN.cycle())) {
      Set<Breach> injected = BROKEN.breachesOf(employee.person.id());
      assertEquals(injected, BreachSymptoms.shown(employee), employee.person.id().value());
    }
  }

  @Test
  void anApplicationListsEachActionOnceAndNoActionOnlyAlone() {
    for (GeneratedCycle generated : List.of(CLEAN, BROKEN)) {
      generated.cycle().applications().forEach(application -> {
        List<ApplicationAction> actions = application.actions();
        assertEquals(Set.copyOf(actions).size(), actions.size(), application.id().value() + " " + actions);
        assertTrue(!actions.contains(ApplicationAction.NO_ACTION) || actions.size() == 1, application.id().value() + " " + actions);
      });
    }
  }

  @Test
  void everyBreachKindOccursInALargeBrokenCycle() {
    Set<Breach> seen = EnumSet.noneOf(Breach.class);
    BROKEN.breaches().values().forEach(seen::addAll);
    assertEquals(EnumSet.allOf(Breach.class), seen);
  }

  @Test
  void evaluatorBreachesAreKeyedByEvaluatorsWithFailingSurveys() {
    BROKEN.breaches().forEach((person, breaches) -> breaches.stream().filter(Breach::isEvaluatorBreach).forEach(breach -> {
      List<Double> scores = BROKEN.cycle().certifications().stream()
          .filter(c -> c.evaluator().equals(person))
          .flatMap(c -> c.surveys().stream().map(s -> s.score()))
          .collect(Collectors.toList());
      assertEquals(breach == Breach.CERTIFICATION_FAILED ? 3 : 6, scores.size(), person.value());
      assertTrue(scores.stream().allMatch(s -> s < 80), person.value());
    }));
  }

  @Test
  void evaluatorsFailingTwiceFailedInTwoTrainingPeriods() {
    BROKEN.breaches().forEach((person, breaches) -> {
      if (breaches.contains(Breach.CERTIFICATION_FAILED_TWICE)) {
        Set<String> periods = BROKEN.cycle().certifications().stream()
            .filter(c -> c.evaluator().equals(person))
            .map(c -> c.trainingPeriod())
            .collect(Collectors.toSet());
        assertEquals(2, periods.size(), person.value() + " " + periods);
      }
    });
  }

  @Test
  void everyBreachNamesItsCheckpoints() {
    Arrays.stream(Breach.values()).forEach(b -> assertTrue(
        !b.checkpoints().isEmpty() && b.checkpoints().stream().allMatch(c -> c.matches("[A-Z]{3}-0\\d")), b.name()));
  }

  @Test
  void tenThousandEmployeesBuild() {
    Cycle cycle = CycleGenerator.generate(2026, 10_000, 0.2);
    assertEquals(10_000, cycle.employees().size());
  }

  @Test
  void readableIdsNameTheEmployee() {
    Cycle cycle = CycleGenerator.generate(5, 50, 0);
    PersonId first = cycle.employees().get(0).id();
    assertEquals("E-00001", first.value());
    assertTrue(cycle.sheets().get(0).indicators().get(0).id().value().startsWith("K-00001-"));
  }

  @Test
  void rejectsOptionsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(1, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.of(1, 10, 1.5));
    assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.builder().employeesPerEvaluator(0).build());
  }
}
