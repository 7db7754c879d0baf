package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.generator.GeneratedCycle;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator and the checkpoints agree: a clean generated cycle trips no ERROR or WARNING, and
 * every injected breach trips exactly the checkpoints {@link Breach#checkpoints()} names, about the
 * person it was injected for, and nothing else (no knock-on effect is tolerated here: a breach that
 * legitimately implies another checkpoint must list it).
 */
class GeneratedCyclesTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026})
  void cleanCycleTripsNoErrorOrWarning(long seed) {
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(GeneratorOptions.of(seed, 300, 0.0));
    assertTrue(generated.breaches().isEmpty(), "a clean cycle carries no breach");
    Report report = PerfEngine.withDefaults().check(generated.cycle());
    List<Finding> serious = report.findings().stream().filter(GeneratedCyclesTest::serious).collect(Collectors.toList());
    assertTrue(serious.isEmpty(), () -> "seed " + seed + ": a clean cycle trips " + serious.size() + " finding(s):\n"
        + serious.stream().map(f -> describe(report, f)).collect(Collectors.joining("\n")));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2026})
  void everyBreachTripsItsCheckpointsAndNothingElse(long seed) {
    GeneratedCycle generated = CycleGenerator.generateWithBreaches(GeneratorOptions.of(seed, 500, 1.0));
    Cycle cycle = generated.cycle();
    long employees = cycle.people().stream().filter(Person::isEmployee).count();
    assertEquals(employees, cycle.people().stream().filter(p -> p.isEmployee() && !generated.breachesOf(p.id()).isEmpty()).count(),
        "breachShare 1 gives every employee a breach");
    Report report = PerfEngine.withDefaults().check(cycle);
    List<String> disagreements = disagreements(generated, report);
    assertTrue(disagreements.isEmpty(), () -> "seed " + seed + ": " + disagreements.size() + " disagreement(s):\n"
        + String.join("\n", disagreements));
  }

  /** Whether a finding says the process was (likely) broken, as opposed to advice. */
  static boolean serious(Finding finding) {
    return finding.severity() != Severity.INFO;
  }

  /**
   * Every disagreement between the breaches injected and the findings, person by person: a
   * checkpoint a breach names that does not fire (ERROR or WARNING) about the person, and an ERROR
   * or WARNING that none of the person's breaches names. Empty when they agree.
   */
  static List<String> disagreements(GeneratedCycle generated, Report report) {
    Map<PersonId, List<Finding>> bySubject = new LinkedHashMap<>();
    List<String> disagreements = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (!serious(finding)) {
        continue;
      }
      PersonId subject = finding.employee().or(finding::evaluator).orElse(null);
      if (subject == null) {
        disagreements.add("about nobody: " + describe(report, finding));
      } else {
        bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(finding);
      }
    }
    for (Person person : generated.cycle().people()) {
      boolean subject = person.isEmployee() || person.effectiveRoles().contains(Role.EVALUATOR);
      Set<Breach> breaches = generated.breachesOf(person.id());
      List<Finding> findings = bySubject.getOrDefault(person.id(), List.of());
      if (!subject) {
        findings.forEach(f -> disagreements.add("about a person who is checked for nothing: " + describe(report, f)));
        continue;
      }
      Set<String> expected = breaches.stream().flatMap(b -> b.checkpoints().stream()).collect(Collectors.toCollection(TreeSet::new));
      Set<String> fired = findings.stream().map(Finding::checkpoint).collect(Collectors.toCollection(TreeSet::new));
      for (String checkpoint : expected) {
        if (!fired.contains(checkpoint)) {
          disagreements.add(person.id().value() + " " + breaches + ": " + checkpoint + " did not fire");
        }
      }
      for (Finding finding : findings) {
        if (!expected.contains(finding.checkpoint())) {
          disagreements.add(person.id().value() + " " + breaches + ": unexplained " + describe(report, finding));
        }
      }
    }
    return disagreements;
  }

  /** One finding for an assertion message: checkpoint, severity, person, records and the English message. */
  static String describe(Report report, Finding finding) {
    return "  " + finding.checkpoint() + " " + finding.severity()
        + " employee=" + finding.employee().map(PersonId::value).orElse("-")
        + " evaluator=" + finding.evaluator().map(PersonId::value).orElse("-")
        + " records=" + finding.records()
        + ": " + report.message(finding, Locale.ENGLISH);
  }
}
