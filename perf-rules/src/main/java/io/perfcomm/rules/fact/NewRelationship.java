package io.perfcomm.rules.fact;

import java.time.LocalDate;

/** The employee has a new evaluator or a new position in the period (COM-05), since a day. */
public final class NewRelationship {
  private final LocalDate since;

  public NewRelationship(LocalDate since) {
    this.since = since;
  }

  public LocalDate since() {
    return since;
  }

  @Override
  public String toString() {
    return "NewRelationship[" + since + "]";
  }
}
