package io.perfcomm.core.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The company's working calendar as policy writes it: Monday to Friday work, except the public
 * holidays (法定节假日); the make-up working days (调休上班, e.g. a Saturday) work too.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalendarPolicy.class)
@JsonDeserialize(as = ImmutableCalendarPolicy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class CalendarPolicy {

  /** {@return days that are not worked although they fall on a weekday} */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> holidays();

  /** {@return days that are worked although they fall on a weekend} */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> workdays();

  /** {@return Monday to Friday, no holidays} */
  public static CalendarPolicy weekdays() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CalendarPolicy}. */
  public static final class Builder extends ImmutableCalendarPolicy.Builder {}
}
