package io.perfcomm.core.communication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A daily-management evidence record (daily or weekly report, meeting, observation, data) that a score can cite. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceRecord.class)
@JsonDeserialize(as = ImmutableEvidenceRecord.class)
public abstract class EvidenceRecord implements Extensible {

  public abstract RecordId id();

  public abstract PersonId employee();

  public abstract Optional<IndicatorId> indicator();

  public abstract LocalDate date();

  public abstract RecordKind kind();

  @Value.Redacted
  public abstract String summary();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EvidenceRecord}. */
  public static final class Builder extends ImmutableEvidenceRecord.Builder {}
}
