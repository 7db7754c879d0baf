package io.perfcomm.rules;

import static io.perfcomm.rules.Severity.ERROR;
import static io.perfcomm.rules.Severity.INFO;
import static io.perfcomm.rules.Severity.WARNING;

import io.perfcomm.core.CheckpointId;
import io.perfcomm.core.policy.PolicyValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of perf's own checkpoints (DOMAIN.md §6): ids and default severities; the policy
 * values each reads come from the values' descriptors ({@link PolicyValue#checkpoints}).
 */
public final class Checkpoints {

  private static final List<Checkpoint> ALL = List.of(
      perfs("OBJ-01", ERROR),
      perfs("OBJ-02", ERROR),
      perfs("OBJ-03", ERROR),
      perfs("OBJ-04", ERROR),
      perfs("OBJ-05", ERROR),
      perfs("COM-01", ERROR),
      perfs("COM-02", ERROR),
      perfs("COM-03", WARNING),
      perfs("COM-04", ERROR),
      perfs("COM-05", ERROR),
      perfs("COM-06", ERROR),
      perfs("EVA-01", ERROR),
      perfs("EVA-02", WARNING),
      perfs("EVA-03", ERROR),
      perfs("EVA-04", ERROR),
      perfs("EVA-05", ERROR),
      perfs("EVA-06", WARNING),
      perfs("EVA-07", WARNING),
      perfs("INT-01", ERROR),
      perfs("INT-02", ERROR),
      perfs("INT-03", ERROR),
      perfs("INT-04", ERROR),
      perfs("INT-05", ERROR),
      perfs("INT-06", ERROR),
      perfs("INT-07", ERROR),
      perfs("INT-08", ERROR),
      perfs("APL-01", ERROR),
      perfs("APL-02", ERROR),
      perfs("APL-03", ERROR),
      perfs("APL-04", ERROR),
      perfs("APL-05", INFO),
      perfs("APP-01", ERROR),
      perfs("APP-02", ERROR),
      perfs("APP-03", ERROR),
      perfs("TRN-01", WARNING),
      perfs("TRN-02", WARNING));

  private static final Map<String, Checkpoint> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Checkpoint::id, Function.identity()));

  private Checkpoints() {}

  /** One of perf's checkpoints; the policy values it reads are those whose {@link PolicyValue} serves it. */
  private static Checkpoint perfs(String id, Severity severity) {
    return Checkpoint.builder().id(id).severity(severity)
        .addAllParameters(PolicyValue.namesServing(CheckpointId.of(id))).build();
  }

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
