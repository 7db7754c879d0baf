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

  /** {@return the absence's id} */
  public abstract AbsenceId id();

  /** {@return the person on leave} */
  public abstract PersonId person();

  /** {@return the first day of leave} */
  public abstract LocalDate from();

  /** {@return the last day of leave, inclusive} */
  public abstract LocalDate to();

  /** {@return why the person is away; confidential (a sick leave is health data)} */
  @Value.Redacted
  public abstract AbsenceKind kind();

  /**
   * {@return whether the person is on leave on the day}
   *
   * @param day the day
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Absence}. */
  public static final class Builder extends ImmutableAbsence.Builder {}
}
