package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and date-times as the cycle file writes them: {@code 2026-03-31} and {@code 2026-03-31T10:00}.
 *
 * <p>Registered after jsr310's module so that these win: jsr310 writes {@code 10:00:00} and reads an
 * empty string as null, and neither fits the format. A date-time with an offset
 * ({@code 2026-03-31T10:00+08:00}) is read as its local wall-clock time and the offset dropped,
 * because every date-time of a cycle is in the organisation's local time.
 */
final class IsoTimeModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  IsoTimeModule() {
    super("perf-iso-time");
    addDeserializer(LocalDate.class, new DateDeserializer());
    addDeserializer(LocalDateTime.class, new DateTimeDeserializer());
    addSerializer(LocalDate.class, new DateSerializer());
    addSerializer(LocalDateTime.class, new DateTimeSerializer());
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
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
      }
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
      try {
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      } catch (DateTimeParseException local) {
        try {
          return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDateTime();
        } catch (DateTimeParseException offset) {
          return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text, "not an ISO date-time");
        }
      }
    }
  }

  /** Writes {@code 2026-03-31}. */
  static final class DateSerializer extends StdScalarSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Writes {@code 2026-03-31T10:00}: {@link LocalDateTime#toString()} leaves out zero seconds, as the format does. */
  static final class DateTimeSerializer extends StdScalarSerializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    DateTimeSerializer() {
      super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }
}
