package io.perfcomm.rules.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.CycleGens;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Over generated cycles checked at any moment from the period start to seven weeks on: the due list
 * and the check say the same (one home), and checking one employee gives their part of the whole report.
 */
class DueProperties {

  /**
   * INFO findings that are advice, not a step with a day: the defensibility report, a paused clock, a
   * leaver's last working day.
   */
  private static final Set<String> NOT_A_STEP = Set.of("APL-05.message", "APL-05.complete.message",
      "APP-01.paused.message", "EVA-05.left.message");

  /** Steps before an interview, due on its scheduled day: overdue while still INFO once that moment has passed. */
  private static final Set<StepKind> BEFORE_INTERVIEW = Set.of(StepKind.BOOK_ROOM, StepKind.BLOCK_TIME,
      StepKind.STATE_PURPOSE, StepKind.PREPARE_SUPPORT);

  /** A period and the moment of its check: from its first morning to seven weeks on. */
  private record Moment(Period period, LocalDateTime asOf) {}

  private static Gen<Moment> moments() {
    return CycleGens.periods().zip(integers().between(0, 100),
        (period, halfDays) -> new Moment(period, period.start().plusDays(halfDays / 2).atTime(halfDays % 2 == 0 ? 9 : 18, 0)));
  }

  /** A period and the moment of its check: from its first morning to twelve weeks on, past every deadline of it. */
  private static Gen<Moment> lateMoments() {
    return CycleGens.periods().zip(integers().between(0, 170),
        (period, halfDays) -> new Moment(period, period.start().plusDays(halfDays / 2).atTime(halfDays % 2 == 0 ? 9 : 18, 0)));
  }

  private static Cycle generated(long seed, int employees, double share, Moment moment) {
    return CycleGenerator.generate(GeneratorOptions.builder().seed(seed).employees(employees).breachShare(share)
        .period(moment.period()).asOf(moment.asOf()).build());
  }

  @Test
  void everyDueByFindingHasADueEntryAndEveryEntryIsACheckpointsStep() {
    qt().withExamples(25).withShrinkCycles(10)
        .forAll(longs().all(), integers().between(1, 30), doubles().between(0, 1), moments())
        .checkAssert((seed, employees, share, moment) -> {
          Cycle cycle = generated(seed, employees, share, moment);
          Report report = PerfEngine.withDefaults().check(cycle);
          List<String> problems = new ArrayList<>();
          int marked = 0;
          for (Finding finding : report.findings()) {
            boolean advice = finding.checkpoint().startsWith("TRN-") || NOT_A_STEP.contains(finding.messageKey());
            if (finding.severity() == Severity.INFO && !advice && finding.step().isEmpty()) {
              problems.add("INFO without a step: " + finding);
            }
            if (finding.step().isEmpty()) {
              continue;
            }
            marked++;
            Step step = finding.step().get();
            if (!step.kind().checkpoint().equals(finding.checkpoint())) {
              problems.add("step of another checkpoint: " + finding + " " + step);
            }
            if (finding.severity() != Severity.INFO && !step.overdue()) {
              problems.add("a breach marked as not overdue: " + finding + " " + step);
            }
            if (finding.severity() == Severity.INFO && step.overdue() && !BEFORE_INTERVIEW.contains(step.kind())) {
              problems.add("a due-by INFO marked overdue: " + finding + " " + step);
            }
          }
          DueList due = DueList.of(cycle, report);
          if (due.steps().size() != marked) {
            problems.add(marked + " marked findings but " + due.steps().size() + " due entries");
          }
          for (DueStep step : due.steps()) {
            boolean owned = report.findings(step.checkpoint()).stream().anyMatch(f -> f.step().isPresent()
                && f.step().get().kind() == step.step() && f.employee().filter(step.about()::equals).isPresent()
                && f.step().get().by().equals(step.by()));
            if (!owned) {
              problems.add("a due entry no checkpoint owns: " + step);
            }
          }
          for (int i = 1; i < due.steps().size(); i++) {
            if (due.steps().get(i).by().isBefore(due.steps().get(i - 1).by())) {
              problems.add("not ordered by day at " + i);
            }
          }
          assertTrue(problems.isEmpty(), () -> seed + "/" + employees + "/" + share + "/" + moment
              + ": " + String.join("\n", problems));
        });
  }

  /**
   * The due list is exactly the steps the findings say are still open: every finding that is an INFO
   * "due by", or a breach whose step can still be taken, has one entry with its checkpoint, employee, day
   * and records; a finding whose step is done or gone (taken late, the period or the week over, the
   * interview held) has none, and no entry stands for nothing. Which findings are open steps, and by which
   * day, is {@link StepsStillOpen}'s reading of each finding's message and of the cycle, not the rules'
   * marks. The generated cycles are made late in places ({@link LateSteps}) so that overdue steps of every
   * kind come up, and checked up to twelve weeks after the period starts.
   */
  @Test
  void theDueListIsExactlyTheStepsTheFindingsSayAreStillOpen() {
    qt().withExamples(40).withShrinkCycles(10)
        .forAll(longs().all(), integers().between(1, 30), doubles().between(0, 1), lateMoments())
        .checkAssert((seed, employees, share, moment) -> {
          Cycle cycle = LateSteps.of(generated(seed, employees, share, moment), seed);
          Report report = PerfEngine.withDefaults().check(cycle);
          StepsStillOpen oracle = StepsStillOpen.of(cycle, report.asOf());
          List<String> expected = new ArrayList<>();
          for (Finding finding : report.findings()) {
            oracle.dayOf(finding).ifPresent(day -> expected.add(entry(finding.checkpoint(),
                finding.employee().orElseThrow().value(), day, finding.records())));
          }
          List<String> actual = new ArrayList<>();
          for (DueStep step : DueList.of(cycle, report).steps()) {
            actual.add(entry(step.checkpoint(), step.about().value(), step.by(), step.records()));
          }
          Collections.sort(expected);
          Collections.sort(actual);
          assertEquals(expected, actual, () -> seed + "/" + employees + "/" + share + "/" + moment);
        });
  }

  private static String entry(String checkpoint, String about, LocalDate by, Collection<String> records) {
    return checkpoint + " " + about + " " + by + " " + records;
  }

  @Test
  void checkingOneEmployeeGivesTheirPartOfTheWholeReport() {
    qt().withExamples(15).withShrinkCycles(10)
        .forAll(longs().all(), integers().between(1, 20), doubles().between(0, 1), moments())
        .checkAssert((seed, employees, share, moment) -> {
          Cycle cycle = generated(seed, employees, share, moment);
          PerfEngine engine = PerfEngine.withDefaults();
          Report whole = engine.check(cycle);
          for (Person person : cycle.people()) {
            if (person.isEmployee()) {
              Report one = engine.check(cycle, person.id());
              assertEquals(whole.about(person.id()), one.findings(), () -> person.id() + " in " + seed + " at " + moment);
              assertEquals(whole.asOf(), one.asOf());
            }
          }
        });
  }
}
