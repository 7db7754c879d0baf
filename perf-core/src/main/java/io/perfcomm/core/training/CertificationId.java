package io.perfcomm.core.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.perfcomm.core.Id;
import org.immutables.value.Value;

/** The id of an evaluator certification. */
@Value.Immutable
public abstract class CertificationId extends Id<CertificationId> {

  /**
   * {@return the id {@code value}}
   *
   * @param value the id as written in the cycle file
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CertificationId of(String value) {
    return ImmutableCertificationId.of(value);
  }
}
