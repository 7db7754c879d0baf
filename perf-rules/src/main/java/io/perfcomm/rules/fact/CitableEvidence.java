package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.EvidenceId;
import java.time.LocalDate;

/**
 * A piece of evidence a score can cite, with the day it was made: an evidence record or a
 * communication, by plain id. A Java class for the reason {@link OwnIndicator} gives.
 */
public final class CitableEvidence {
  private final EvidenceId id;
  private final LocalDate date;

  public CitableEvidence(EvidenceId id, LocalDate date) {
    this.id = id;
    this.date = date;
  }

  public EvidenceId id() {
    return id;
  }

  public LocalDate date() {
    return date;
  }

  @Override
  public String toString() {
    return "CitableEvidence[" + id + ", " + date + "]";
  }
}
