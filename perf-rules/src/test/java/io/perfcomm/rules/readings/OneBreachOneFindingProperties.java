package io.perfcomm.rules.readings;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One breach, one finding (DOMAIN.md §6.3), over generated cycles with breaches. A fact is what a
 * finding says is wrong about one record; it is named by the finding's message key, and a key belongs
 * to one checkpoint, the fact's owner (README, "Who owns which fact"). The property: no record is
 * cited for the same fact twice, and for the facts of §6.3 the owner alone cites the record —
 *
 * <ul>
 *   <li>an objection is cited only by APL-01 (answered in time) and APL-02 (escalated or withdrawn
 *       before pay), never by INT-07, which owns the interview's outcome record;
 *   <li>an improvement plan of the period is cited by APP-02 for what it holds, and by INT-08 only for
 *       having been agreed ({@code INT-08.unagreed.message}), never for its content.
 * </ul>
 */
class OneBreachOneFindingProperties {

  private static final Set<String> OBJECTION_OWNERS = Set.of("APL-01", "APL-02");

  @Test
  void noRecordIsReportedTwiceForTheSameFact() {
    qt().withExamples(12).withShrinkCycles(10)
        .forAll(longs().all(), integers().between(20, 120), doubles().between(0.3, 1))
        .checkAssert((seed, employees, share) -> {
          Cycle cycle = CycleGenerator.generate(GeneratorOptions.builder().seed(seed).employees(employees)
              .breachShare(share).build());
          List<String> repeats = repeats(cycle, PerfEngine.withDefaults().check(cycle));
          assertTrue(repeats.isEmpty(), () -> "seed " + seed + ":\n" + String.join("\n", repeats));
        });
  }

  /** What breaks the property, one line each. */
  static List<String> repeats(Cycle cycle, Report report) {
    List<String> repeats = new ArrayList<>();
    Set<String> objections = cycle.interviews().stream().flatMap(i -> i.objections().stream())
        .map(Objection::id).map(Object::toString).collect(Collectors.toSet());
    Set<String> plans = cycle.improvementPlans().stream().filter(p -> p.period().equals(cycle.period().id()))
        .map(ImprovementPlan::id).map(Object::toString).collect(Collectors.toSet());
    Map<String, List<Finding>> byRecordAndFact = new HashMap<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() == Severity.INFO) {
        continue;
      }
      for (String record : finding.records()) {
        String key = record + " / " + finding.messageKey() + " / " + finding.employee().map(Object::toString).orElse("-");
        byRecordAndFact.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        if (objections.contains(record) && !OBJECTION_OWNERS.contains(finding.checkpoint())) {
          repeats.add(finding.checkpoint() + " cites objection " + record + " (" + finding.messageKey() + ")");
        }
        if (plans.contains(record) && finding.checkpoint().equals("INT-08")
            && !finding.messageKey().equals("INT-08.unagreed.message")) {
          repeats.add("INT-08 cites plan " + record + " for its content (" + finding.messageKey() + ")");
        }
      }
    }
    byRecordAndFact.forEach((key, findings) -> {
      Set<String> checkpoints = findings.stream().map(Finding::checkpoint).collect(Collectors.toCollection(TreeSet::new));
      // The same record cited twice for one fact: either two checkpoints share a key, or one repeats itself.
      if (findings.size() > 1 && findings.stream().map(Finding::records).distinct().count() < findings.size()) {
        repeats.add(key + " reported " + findings.size() + " times by " + checkpoints);
      }
    });
    return repeats;
  }
}
