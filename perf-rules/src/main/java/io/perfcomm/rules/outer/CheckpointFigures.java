package io.perfcomm.rules.outer;

/**
 * A checkpoint's findings over all periods.
 *
 * @param checkpoint the checkpoint id
 * @param tally its findings by severity
 */
public record CheckpointFigures(String checkpoint, Tally tally) {

  /** {@return whether it has only INFO notes: a step still due or a dispute on record, no breach} */
  public boolean notesOnly() {
    return tally.breaches() == 0 && tally.notes() > 0;
  }
}
