package io.perfcomm.core.generator;

import io.perfcomm.core.Cycle;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic, structurally valid cycles, deterministically from a seed: the same options
 * give an equal cycle. A share of employees gets one or more typical process {@link Breach}es.
 *
 * <pre>{@code
 * Cycle cycle = CycleGenerator.generate(42, 1_000, 0.2);
 * GeneratedCycle withBreaches = CycleGenerator.generateWithBreaches(GeneratorOptions.of(42, 1_000, 0.2));
 * }</pre>
 */
public final class CycleGenerator {

  private CycleGenerator() {}

  /** A cycle of {@code employees} employees in period 2026-03, a {@code breachShare} (0–1) of them with breaches. */
  public static Cycle generate(long seed, int employees, double breachShare) {
    return generate(GeneratorOptions.of(seed, employees, breachShare));
  }

  /** A cycle as the options say. */
  public static Cycle generate(GeneratorOptions options) {
    return generateWithBreaches(options).cycle();
  }

  /** A cycle as the options say, with the breaches injected into it. */
  public static GeneratedCycle generateWithBreaches(GeneratorOptions options) {
    CycleDraft draft = new CycleDraft(options);
    new Organisation(options, draft, new SplittableRandom(options.seed())).generate();
    return draft.build();
  }

  /**
   * A typical process breach the generator can inject, with the checkpoints (DOMAIN.md §6) it is
   * meant to trip. Everything else about the employee stays by the book, so a breach trips its own
   * checkpoints and, as far as the domain allows, no others.
   */
  public enum Breach {
    /** The employee signed the sheet days after the period started. */
    SHEET_SIGNED_LATE("OBJ-02"),
    /** The weights on the sheet sum to 95. */
    WEIGHTS_NOT_100("OBJ-04"),
    /** A task-level indicator was determined by the HR partner instead of the evaluator. */
    TASK_INDICATOR_APPROVED_BY_OTHER("OBJ-05"),
    /** A key position went without communication in one or two full weeks. */
    KEY_POSITION_WEEK_MISSED("COM-01"),
    /** Only one communication in the period before scoring (never on a key position). */
    ONE_COMMUNICATION_BEFORE_SCORING("COM-02"),
    /** A daily communication names none of the employee's indicators. */
    DAILY_TALK_WITHOUT_INDICATOR("COM-03"),
    /** No indicator communication (月前沟通) before the period. */
    NO_INDICATOR_COMMUNICATION("COM-04"),
    /** A new evaluator relationship this period without a role communication. */
    NO_ROLE_COMMUNICATION("COM-05"),
    /** Results applied without an application communication. */
    APPLICATION_NOT_COMMUNICATED("COM-06"),
    /** One indicator score cites no evidence. */
    SCORE_WITHOUT_EVIDENCE("EVA-01"),
    /** Every evidence record is dated in the last three days of the period: scored from memory. */
    EVIDENCE_ONLY_AT_PERIOD_END("EVA-02"),
    /** The evaluation names no weakness. */
    NO_WEAKNESS("EVA-03"),
    /** One indicator of the sheet is not scored. */
    INDICATOR_UNSCORED("EVA-04"),
    /** One week of the period has no weekly report. */
    WEEKLY_REPORT_MISSING("EVA-06"),
    /** No month-end summary before scoring. */
    NO_MONTH_END_SUMMARY("EVA-07"),
    /** Scored seven to nine days after the period end. */
    SCORED_LATE("EVA-05"),
    /** No result interview at all. */
    INTERVIEW_SKIPPED("INT-01"),
    /** The interview took place in an open-plan office or the tea room. */
    INTERVIEW_IN_OPEN_OFFICE("INT-02"),
    /** The interview was notified 2–20 hours ahead. */
    SHORT_NOTICE("INT-03"),
    /** The interview was planned for 15 minutes, or planned for 45 and cut short. */
    INTERVIEW_TOO_SHORT("INT-04"),
    /** No purpose was stated at the interview. */
    NO_PURPOSE_STATED("INT-05"),
    /** A dismissal interview without preparation or HR support. */
    DISMISSAL_WITHOUT_SUPPORT("INT-06"),
    /** An objection left open, without response, when pay was applied. */
    OBJECTION_LEFT_OPEN("APL-01", "APL-02"),
    /** A target missed and no improvement plan made. */
    MISSED_TARGET_WITHOUT_PLAN("INT-08"),
    /** A target missed and the improvement plan has no resource support. */
    PLAN_WITHOUT_RESOURCES("APP-02"),
    /** Results applied (with pay) while an appeal is pending. */
    APPLIED_WHILE_APPEAL_PENDING("APL-03"),
    /** Last period's improvement plan is not followed up by any communication. */
    PREVIOUS_PLAN_NOT_FOLLOWED_UP("APP-03"),
    /** Evaluator: the certification surveys average below the pass mark (keyed by the evaluator). */
    CERTIFICATION_FAILED("TRN-01"),
    /** Evaluator: certification failed in two training periods (keyed by the evaluator); TRN-02 owns the failed retake. */
    CERTIFICATION_FAILED_TWICE("TRN-02");

    private final List<String> checkpoints;

    Breach(String... checkpoints) {
      this.checkpoints = List.of(checkpoints);
    }

    /** The checkpoint ids this breach is meant to trip, e.g. {@code [COM-02]}. */
    public List<String> checkpoints() {
      return checkpoints;
    }

    /** Whether the breach concerns an evaluator's certification rather than one employee's cycle. */
    public boolean isEvaluatorBreach() {
      return this == CERTIFICATION_FAILED || this == CERTIFICATION_FAILED_TWICE;
    }
  }
}
