package io.perfcomm.rules;

import static io.perfcomm.rules.Severity.ERROR;
import static io.perfcomm.rules.Severity.INFO;
import static io.perfcomm.rules.Severity.WARNING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of perf's own checkpoints (DOMAIN.md §6): ids, default severities, policy values read. */
public final class Checkpoints {

  private static final List<Checkpoint> ALL = List.of(
      Checkpoint.of("OBJ-01", ERROR, "confirmationDeadlineDays"),
      Checkpoint.of("OBJ-02", ERROR, "confirmationDeadlineDays"),
      Checkpoint.of("OBJ-03", ERROR),
      Checkpoint.of("OBJ-04", ERROR, "weightTolerance"),
      Checkpoint.of("OBJ-05", ERROR),
      Checkpoint.of("COM-01", ERROR, "keyPositionWeeklyCommunications", "minWorkingDaysPerWeek"),
      Checkpoint.of("COM-02", ERROR, "minCommunicationsBeforeScoring"),
      Checkpoint.of("COM-03", WARNING),
      Checkpoint.of("COM-04", ERROR, "confirmationDeadlineDays", "indicatorTalkWindowDays"),
      Checkpoint.of("COM-05", ERROR),
      Checkpoint.of("COM-06", ERROR, "applicationTalkWithinDays"),
      Checkpoint.of("EVA-01", ERROR),
      Checkpoint.of("EVA-02", WARNING, "lastMinuteEvidenceDays"),
      Checkpoint.of("EVA-03", ERROR),
      Checkpoint.of("EVA-04", ERROR, "ratingScale"),
      Checkpoint.of("EVA-05", ERROR, "scoringDeadlineDays"),
      Checkpoint.of("EVA-06", WARNING, "minWorkingDaysPerWeek"),
      Checkpoint.of("EVA-07", WARNING, "scoringDeadlineDays"),
      Checkpoint.of("INT-01", ERROR, "interviewWithinDays"),
      Checkpoint.of("INT-02", ERROR),
      Checkpoint.of("INT-03", ERROR, "noticeHours"),
      Checkpoint.of("INT-04", ERROR, "minInterviewMinutes"),
      Checkpoint.of("INT-05", ERROR),
      Checkpoint.of("INT-06", ERROR),
      Checkpoint.of("INT-07", ERROR),
      Checkpoint.of("INT-08", ERROR, "improvementPlanRequired"),
      Checkpoint.of("APL-01", ERROR, "objectionResponseDays"),
      Checkpoint.of("APL-02", ERROR, "payDuringAppeal"),
      Checkpoint.of("APL-03", ERROR, "payDuringAppeal", "applicationWithinDays"),
      Checkpoint.of("APL-04", ERROR, "appealDecisionDays"),
      Checkpoint.of("APL-05", INFO, "improvementPlanRequired"),
      Checkpoint.of("APP-01", ERROR, "applicationWithinDays"),
      Checkpoint.of("APP-02", ERROR),
      Checkpoint.of("APP-03", ERROR),
      Checkpoint.of("TRN-01", WARNING, "certificationSurveys", "passMark"),
      Checkpoint.of("TRN-02", WARNING, "failedPeriodsForPenalty", "penaltyPoints"));

  private static final Map<String, Checkpoint> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Checkpoint::id, Function.identity()));

  private Checkpoints() {}

  /** {@return every checkpoint of perf, in catalogue order} */
  public static List<Checkpoint> all() {
    return ALL;
  }

  /**
   * {@return the checkpoint with an id, if perf has one}
   *
   * @param id the checkpoint id, e.g. {@code COM-02}
   */
  public static Optional<Checkpoint> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
