package io.perfcomm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.perfcomm.core.generator.GeneratedCycle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties of generated cycles, checked independently of the validator that building runs. */
class CycleGeneratorProperties {

  @Test
  void everyReferenceResolves() {
    qt().withExamples(40).forAll(CycleGens.cycles()).checkAssert(CycleGeneratorProperties::assertReferencesResolve);
  }

  @Test
  void idsAreUniquePerKind() {
    qt().withExamples(40).forAll(CycleGens.cycles()).checkAssert(cycle -> {
      assertUnique("people", cycle.people(), p -> p.id().value());
      assertUnique("positions", cycle.positions(), p -> p.id().value());
      assertUnique("sheets", cycle.sheets(), s -> s.id().value());
      assertUnique("indicators", cycle.sheets().stream().flatMap(s -> s.indicators().stream()).collect(Collectors.toList()), i -> i.id().value());
      assertUnique("communications", cycle.communications(), c -> c.id().value());
      assertUnique("records", cycle.records(), r -> r.id().value());
      assertUnique("evaluations", cycle.evaluations(), e -> e.id().value());
      assertUnique("interviews", cycle.interviews(), i -> i.id().value());
      assertUnique("improvementPlans", cycle.improvementPlans(), p -> p.id().value());
      assertUnique("appeals", cycle.appeals(), a -> a.id().value());
      assertUnique("applications", cycle.applications(), a -> a.id().value());
      assertUnique("certifications", cycle.certifications(), c -> c.id().value());
    });
  }

  @Test
  void breachesConcernPeopleOfTheCycle() {
    qt().withExamples(40).forAll(CycleGens.generatedCycles()).checkAssert((GeneratedCycle generated) ->
        generated.breaches().keySet().forEach(id -> assertTrue(generated.cycle().person(id).isPresent(), id.value())));
  }

  @Test
  void perturbedCyclesStayStructurallyValid() {
    qt().withExamples(60).forAll(CycleGens.perturbedCycles()).checkAssert(CycleGeneratorProperties::assertReferencesResolve);
  }

  @Test
  void generatedRecordsCanBeRebuiltFromTheirParts() {
    // Every single-record generator builds through the Immutables builders without throwing.
    qt().withExamples(50).forAll(CycleGens.indicatorSheets(), CycleGens.evaluations(), CycleGens.interviews(), CycleGens.periods())
        .checkAssert((sheet, evaluation, interview, period) -> {
          assertTrue(sheet.indicators().size() >= 1);
          assertTrue(!period.end().isBefore(period.start()));
          assertTrue(interview.endedAt().orElseThrow().compareTo(interview.startedAt().orElseThrow()) >= 0);
          assertEquals(evaluation, io.perfcomm.core.evaluation.Evaluation.builder().from(evaluation).build());
        });
  }

  private static void assertReferencesResolve(Cycle cycle) {
    Set<String> people = ids(cycle.people().stream().map(p -> p.id().value()));
    Set<String> indicators = ids(cycle.sheets().stream().flatMap(s -> s.indicators().stream()).map(i -> i.id().value()));
    Set<String> evidence = ids(Stream.concat(cycle.records().stream().map(r -> r.id().value()),
        cycle.communications().stream().map(c -> c.id().value())));
    Set<String> evaluations = ids(cycle.evaluations().stream().map(e -> e.id().value()));
    Set<String> plans = ids(cycle.improvementPlans().stream().map(p -> p.id().value()));
    cycle.people().forEach(p -> p.evaluator().ifPresent(e -> assertTrue(people.contains(e.value()), p.id() + " evaluator")));
    cycle.people().forEach(p -> p.position().ifPresent(id -> assertTrue(cycle.position(id).isPresent(), p.id() + " position")));
    cycle.sheets().forEach(s -> assertTrue(people.contains(s.employee().value()), s.id() + " employee"));
    cycle.communications().forEach(c -> {
      assertTrue(people.contains(c.employee().value()) && people.contains(c.evaluator().value()), c.id() + " parties");
      c.indicators().forEach(i -> assertTrue(indicators.contains(i.value()), c.id() + " indicator " + i));
      c.followsUpPlan().ifPresent(p -> assertTrue(plans.contains(p.value()), c.id() + " plan " + p));
    });
    cycle.evaluations().forEach(e -> e.scores().forEach(s -> {
      assertTrue(indicators.contains(s.indicator().value()), e.id() + " indicator " + s.indicator());
      s.evidence().forEach(id -> assertTrue(evidence.contains(id.value()), e.id() + " evidence " + id));
    }));
    cycle.interviews().forEach(i -> {
      assertTrue(evaluations.contains(i.evaluation().value()), i.id() + " evaluation");
      i.improvementPlan().ifPresent(p -> assertTrue(plans.contains(p.value()), i.id() + " plan"));
      i.support().forEach(p -> assertTrue(people.contains(p.value()), i.id() + " support"));
    });
    cycle.appeals().forEach(a -> assertTrue(evaluations.contains(a.evaluation().value()), a.id() + " evaluation"));
    cycle.applications().forEach(a -> assertTrue(evaluations.contains(a.evaluation().value()), a.id() + " evaluation"));
    cycle.certifications().forEach(c -> assertTrue(people.contains(c.evaluator().value()), c.id() + " evaluator"));
  }

  private static Set<String> ids(Stream<String> ids) {
    return ids.collect(Collectors.toSet());
  }

  private static <T> void assertUnique(String kind, List<T> records, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    records.forEach(r -> assertTrue(seen.add(id.apply(r)), kind + ": duplicate id " + id.apply(r)));
  }
}
