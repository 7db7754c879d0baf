package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.perfcomm.core.Limits;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and date-times as the cycle file writes them: {@code 2026-03-31} and {@code 2026-03-31T10:00}.
 *
 * <p>These are the only java.time types of the format (with {@code ZoneId}), so jsr310's module,
 * which writes {@code 10:00:00}, reads an empty string as null and costs a cold start some 60 ms, is
 * not registered. Every date-time of a cycle is the
 * organisation's local time in the cycle's {@code timeZone}; one written with an offset ({@code
 * 2026-03-31T10:00Z}) is converted to that zone, and without a zone it is an input error, since the
 * moment would be ambiguous. The zone reaches the date-times through the reading's attribute
 * {@link #ZONE}: set by the caller, or by the {@code timeZone} field as it is read.
 */
final class IsoTimeModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The reading attribute that holds the cycle's zone, {@link #NO_ZONE} or {@link #ZONE_LATER}. */
  static final String ZONE = "perf.timeZone";

  /** The cycle names no zone: an offset is an input error. */
  static final Object NO_ZONE = new Object();

  /**
   * The zone is not known yet (a single pass over a file whose {@code timeZone} may come after the
   * first offset): an offset aborts the pass with {@link ZoneNotYetKnown}, for a reader that knows
   * the zone to read again.
   */
  static final Object ZONE_LATER = new Object();

  IsoTimeModule() {
    super("perf-iso-time");
    addDeserializer(ZoneId.class, new ZoneDeserializer());
    addDeserializer(LocalDate.class, new DateDeserializer());
    addDeserializer(LocalDateTime.class, new DateTimeDeserializer());
    // Each is written as its toString: 2026-03-31, Asia/Shanghai, and 2026-03-31T10:00, since
    // LocalDateTime leaves out zero seconds as the format does.
    addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class));
    addSerializer(LocalDateTime.class, new ToStringSerializer(LocalDateTime.class));
    addSerializer(ZoneId.class, new ToStringSerializer(ZoneId.class));
  }

  /** Reads a strict ISO date. */
  static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      LocalDate day;
      try {
        day = SharedValues.of(ctxt).day(text);
      } catch (DateTimeParseException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
      }
      return saneYear(p, day.getYear()) ? day : null;
    }
  }

  /** Reads a strict ISO local date-time, or one with an offset whose offset it drops. */
  static final class DateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    DateTimeDeserializer() {
      super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
      }
      String text = p.getText();
      LocalDateTime read = read(p, ctxt, text);
      return saneYear(p, read.getYear()) ? read : null;
    }

    private static LocalDateTime read(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
      try {
        return SharedValues.of(ctxt).moment(text);
      } catch (DateTimeParseException local) {
        OffsetDateTime moment;
        try {
          moment = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException offset) {
          return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, "not an ISO date-time");
        }
        Object zone = ctxt.getAttribute(ZONE);
        if (zone instanceof ZoneId id) {
          return SharedValues.of(ctxt).moment(moment.atZoneSameInstant(id).toLocalDateTime());
        }
        if (zone == ZONE_LATER) {
          throw new ZoneNotYetKnown();
        }
        throw new StatedMismatch(p, "has an offset but the cycle gives no timeZone to convert it to");
      }
    }
  }

  /**
   * Refuses a year perf cannot compute with: a date of year +999999999 is ISO, but a deadline a few days
   * after it is not a date at all, and walking periods up to it would take hours.
   */
  private static boolean saneYear(JsonParser p, int year) throws StatedMismatch {
    if (!Limits.isSaneYear(year)) {
      throw new StatedMismatch(p, "is outside the years " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR
          + " perf can compute with");
    }
    return true;
  }

  /** Reads an IANA zone id such as {@code Asia/Shanghai} and makes it the zone of the date-times that follow. */
  static final class ZoneDeserializer extends StdScalarDeserializer<ZoneId> {
    private static final long serialVersionUID = 1L;

    ZoneDeserializer() {
      super(ZoneId.class);
    }

    @Override
    public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (ZoneId) ctxt.handleUnexpectedToken(ZoneId.class, p);
      }
      String text = p.getText();
      ZoneId zone;
      try {
        zone = ZoneId.of(text);
      } catch (DateTimeException e) {
        throw new StatedMismatch(p, "is not a time zone id such as Asia/Shanghai");
      }
      if (ctxt.getAttribute(ZONE) == ZONE_LATER) {
        ctxt.setAttribute(ZONE, zone);
      }
      return zone;
    }
  }

  /** An offset came before the cycle's {@code timeZone}: the single pass cannot convert it. */
  static final class ZoneNotYetKnown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ZoneNotYetKnown() {
      super("a date-time offset came before the cycle's timeZone", null, false, false);
    }
  }
}
