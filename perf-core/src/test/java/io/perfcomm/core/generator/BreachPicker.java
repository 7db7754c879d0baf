package io.perfcomm.core.generator;

import static io.perfcomm.core.generator.CycleGenerator.Breach.APPLICATION_NOT_COMMUNICATED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.APPLIED_WHILE_APPEAL_PENDING;
import static io.perfcomm.core.generator.CycleGenerator.Breach.DISMISSAL_WITHOUT_SUPPORT;
import static io.perfcomm.core.generator.CycleGenerator.Breach.TASK_INDICATOR_APPROVED_BY_OTHER;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_ROLE_COMMUNICATION;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_IN_OPEN_OFFICE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_SKIPPED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.INTERVIEW_TOO_SHORT;
import static io.perfcomm.core.generator.CycleGenerator.Breach.KEY_POSITION_WEEK_MISSED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.MISSED_TARGET_WITHOUT_PLAN;
import static io.perfcomm.core.generator.CycleGenerator.Breach.NO_PURPOSE_STATED;
import static io.perfcomm.core.generator.CycleGenerator.Breach.OBJECTION_LEFT_OPEN;
import static io.perfcomm.core.generator.CycleGenerator.Breach.ONE_COMMUNICATION_BEFORE_SCORING;
import static io.perfcomm.core.generator.CycleGenerator.Breach.PLAN_WITHOUT_RESOURCES;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SCORED_LATE;
import static io.perfcomm.core.generator.CycleGenerator.Breach.SHORT_NOTICE;

import io.perfcomm.core.generator.CycleGenerator.Breach;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Chooses the breaches of one employee: one to three, never two that exclude each other. */
final class BreachPicker {

  private static final Breach[] EMPLOYEE_BREACHES = Arrays.stream(Breach.values())
      .filter(b -> !b.isEvaluatorBreach())
      .toArray(Breach[]::new);

  /** Breaches that cannot be injected together: the first picked wins. */
  private static final Map<Breach, Set<Breach>> EXCLUDES = Map.of(
      // A skipped interview has no room, notice, length, purpose or objection to get wrong, and no
      // end at which to agree an improvement plan (INT-08 leaves interviews not held to INT-01).
      INTERVIEW_SKIPPED, EnumSet.of(INTERVIEW_IN_OPEN_OFFICE, SHORT_NOTICE, INTERVIEW_TOO_SHORT,
          NO_PURPOSE_STATED, DISMISSAL_WITHOUT_SUPPORT, OBJECTION_LEFT_OPEN,
          MISSED_TARGET_WITHOUT_PLAN, PLAN_WITHOUT_RESOURCES),
      // A late score pushes the application talk's deadline (scoring + 14 days) past the default
      // check moment (period end + 20 days): the missing talk is still due, not yet a breach.
      // So does it push an objection's answer deadline past the check: the open objection is still due.
      SCORED_LATE, EnumSet.of(APPLICATION_NOT_COMMUNICATED, OBJECTION_LEFT_OPEN),
      // A pending appeal delays the application past the point where its talk would be overdue.
      APPLIED_WHILE_APPEAL_PENDING, EnumSet.of(APPLICATION_NOT_COMMUNICATED),
      // Indicators set before a new evaluator took over were the previous evaluator's to determine.
      TASK_INDICATOR_APPROVED_BY_OTHER, EnumSet.of(NO_ROLE_COMMUNICATION),
      // One communication in the period cannot be weekly; key positions are kept to their own breach.
      ONE_COMMUNICATION_BEFORE_SCORING, EnumSet.of(KEY_POSITION_WEEK_MISSED),
      MISSED_TARGET_WITHOUT_PLAN, EnumSet.of(PLAN_WITHOUT_RESOURCES),
      // A dismissal is a stated purpose.
      NO_PURPOSE_STATED, EnumSet.of(DISMISSAL_WITHOUT_SUPPORT),
      // A dismissal ends the working relationship: INT-08 asks no improvement plan at its end.
      DISMISSAL_WITHOUT_SUPPORT, EnumSet.of(MISSED_TARGET_WITHOUT_PLAN, PLAN_WITHOUT_RESOURCES));

  private BreachPicker() {}

  static Set<Breach> pick(SplittableRandom random, double share) {
    Set<Breach> chosen = EnumSet.noneOf(Breach.class);
    if (share <= 0 || random.nextDouble() >= share) {
      return chosen;
    }
    double extra = random.nextDouble();
    int wanted = 1 + (extra < 0.3 ? 1 : 0) + (extra < 0.1 ? 1 : 0);
    Breach[] candidates = EMPLOYEE_BREACHES.clone();
    for (int i = 0; i < candidates.length && chosen.size() < wanted; i++) {
      int j = i + random.nextInt(candidates.length - i);
      Breach candidate = candidates[j];
      candidates[j] = candidates[i];
      candidates[i] = candidate;
      if (chosen.stream().noneMatch(b -> excludes(b, candidate))) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  private static boolean excludes(Breach a, Breach b) {
    return EXCLUDES.getOrDefault(a, Set.of()).contains(b) || EXCLUDES.getOrDefault(b, Set.of()).contains(a);
  }
}
