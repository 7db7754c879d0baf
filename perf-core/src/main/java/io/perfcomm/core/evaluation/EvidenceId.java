package io.perfcomm.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of a piece of evidence: the id of an evidence record or of a communication. */
@Value.Immutable
public abstract class EvidenceId extends Id<EvidenceId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EvidenceId of(String value) {
    return ImmutableEvidenceId.of(value);
  }
}
