package io.perfcomm.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A spell of leave of one person, both days included: days on which they are not at work. */
@Value.Immutable
@JsonSerialize(as = ImmutableAbsence.class)
@JsonDeserialize(as = ImmutableAbsence.class)
public abstract class Absence implements Extensible {

  public abstract AbsenceId id();

  public abstract PersonId person();

  /** The first day of leave. */
  public abstract LocalDate from();

  /** The last day of leave, inclusive. */
  public abstract LocalDate to();

  /** Why the person is away; confidential (a sick leave is health data). */
  @Value.Redacted
  public abstract AbsenceKind kind();

  /** Whether the person is on leave on the day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Absence}. */
  public static final class Builder extends ImmutableAbsence.Builder {}
}
