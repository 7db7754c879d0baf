package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.CycleGens;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.rules.Checkpoint;
import io.perfcomm.rules.Checkpoints;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.RuleExecutionException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * What holds for every check of every cycle, generated or perturbed beyond what the generator
 * makes: it fails only as documented, gives the same findings every time, more talks never mean
 * more COM-02 findings, and disabling a checkpoint takes away exactly its findings.
 */
class CheckProperties {

  private static final PerfEngine ENGINE = PerfEngine.builder().build();
  private static final List<String> CHECKPOINTS = Checkpoints.all().stream().map(Checkpoint::id)
      .collect(Collectors.toList());

  @Test
  void checkOfAnyValidCycleNeverThrows() {
    qt().withExamples(50).forAll(CycleGens.perturbedCycles()).checkAssert(cycle -> {
      try {
        ENGINE.check(cycle);
      } catch (RuleExecutionException documented) {
        // The one documented failure: a rule threw or fired without end. perf's own rules do neither.
        throw new AssertionError("perf's own rules failed on a valid cycle: " + documented.getMessage(), documented);
      }
    });
  }

  @Test
  void findingsAreTheSameEveryTimeWhateverWasCheckedBetween() {
    qt().withExamples(40).forAll(CycleGens.perturbedCycles(), CycleGens.cycles()).checkAssert((cycle, between) -> {
      List<Finding> first = ENGINE.check(cycle).findings();
      // A check of another cycle in between: sessions reused from the pool must carry nothing over.
      ENGINE.check(between);
      assertEquals(first, ENGINE.check(cycle).findings());
    });
  }

  @Test
  void anotherCommunicationNeverAddsCom02Findings() {
    qt().withExamples(50).forAll(CycleGens.cycles(), integers().allPositive(), integers().between(-10, 45),
        Generate.enumValues(CommunicationType.class)).checkAssert((cycle, pick, day, type) -> {
          List<Person> employees = cycle.employees();
          if (employees.isEmpty()) {
            return;
          }
          Person employee = employees.get(pick % employees.size());
          Communication talk = Communication.builder()
              .id(CommunicationId.of("C-PROPERTY"))
              .type(type)
              .employee(employee.id())
              .evaluator(employee.evaluator().orElse(employee.id()))
              .at(cycle.period().startsAt().plusDays(day).plusHours(pick % 24))
              .build();
          Cycle more = Cycle.builder().from(cycle).addCommunications(talk).build();
          long before = ENGINE.check(cycle).findings("COM-02").size();
          long after = ENGINE.check(more).findings("COM-02").size();
          assertTrue(after <= before, "COM-02 findings went from " + before + " to " + after + " with " + talk);
        });
  }

  @Test
  void disablingACheckpointRemovesExactlyItsFindings() {
    qt().withExamples(40).forAll(CycleGens.perturbedCycles(), integers().between(0, CHECKPOINTS.size() - 1))
        .checkAssert((cycle, index) -> {
          String checkpoint = CHECKPOINTS.get(index);
          Cycle disabled = Cycle.builder().from(cycle)
              .policy(Policy.builder().from(cycle.policy()).addDisabled(checkpoint).build())
              .build();
          List<Finding> expected = ENGINE.check(cycle).findings().stream()
              .filter(f -> !f.checkpoint().equals(checkpoint)).collect(Collectors.toList());
          assertEquals(expected, ENGINE.check(disabled).findings(), "disabled " + checkpoint);
        });
  }
}
