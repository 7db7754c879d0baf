package io.perfcomm.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a cycle's structure: the record (kind as in the cycle file, position and
 * id), the field and why, e.g. {@code interviews[2] (id T-7): endedAt 2026-04-02T09:00 is before
 * startedAt 2026-04-02T10:00}.
 */
@Value.Immutable
public abstract class Problem {

  /** {@return where the record sits in the cycle file, e.g. {@code interviews[2]}, or a top-level field} */
  public abstract String record();

  /** {@return the record's id, where it has one} */
  public abstract Optional<String> id();

  /** {@return the field, relative to the record, e.g. {@code objections[0].response.at}} */
  public abstract String field();

  /** {@return why the field is wrong, starting with the field's name and value} */
  public abstract String reason();

  @Override
  public String toString() {
    return record() + id().map(id -> " (id " + id + ")").orElse("") + ": " + reason();
  }

  /**
   * {@return a problem}
   *
   * @param record where the record sits in the cycle file
   * @param id the record's id, where it has one
   * @param field the field, relative to the record
   * @param reason why the field is wrong
   */
  public static Problem of(String record, Optional<String> id, String field, String reason) {
    return builder().record(record).id(id).field(field).reason(reason).build();
  }

  /**
   * {@return an element of a record (an indicator on a sheet) as a problem names it: its kind and id,
   * and its name where it has one, e.g. {@code indicator KPI-2 "大客户回款额"}; a reader finds an indicator
   * by its name, and by its id in the file}
   *
   * @param kind what the element is, e.g. {@code indicator}
   * @param id the element's id
   * @param name the element's name, where it has one
   */
  public static String element(String kind, String id, Optional<String> name) {
    return kind + " " + Limits.quoted(id)
        + name.filter(n -> !n.isBlank()).map(n -> " \"" + Limits.quoted(n) + "\"").orElse("");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}. */
  public static final class Builder extends ImmutableProblem.Builder {}
}
