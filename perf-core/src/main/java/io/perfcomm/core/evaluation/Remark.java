package io.perfcomm.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A strength or a weakness named in an evaluation, with its evidence (优劣有据). */
@Value.Immutable
@JsonSerialize(as = ImmutableRemark.class)
@JsonDeserialize(as = ImmutableRemark.class)
public abstract class Remark {

  /** {@return the remark; confidential} */
  @Value.Redacted
  public abstract String text();

  /** {@return the ids of the records or communications that back the remark} */
  public abstract List<EvidenceId> evidence();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Remark}. */
  public static final class Builder extends ImmutableRemark.Builder {}
}
