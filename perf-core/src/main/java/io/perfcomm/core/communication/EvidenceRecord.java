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

  /** {@return the record's id} */
  public abstract RecordId id();

  /** {@return the employee the record is about} */
  public abstract PersonId employee();

  /** {@return the indicator the record bears on} */
  public abstract Optional<IndicatorId> indicator();

  /** {@return the day the record is dated} */
  public abstract LocalDate date();

  /** {@return the kind of record} */
  public abstract RecordKind kind();

  /** {@return what the record says; confidential} */
  @Value.Redacted
  public abstract String summary();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EvidenceRecord}. */
  public static final class Builder extends ImmutableEvidenceRecord.Builder {}
}
