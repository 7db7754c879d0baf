package io.perfcomm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.perfcomm.core.Id;
import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.communication.RecordId;
import io.perfcomm.core.interview.InterviewId;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One instance of each equal id and day within one reading. A cycle names the same person,
 * indicator and day again in every record about them: 10,000 employees' file holds half a million
 * person ids and as many dates, but only some ten thousand distinct ones. Sharing them keeps the
 * cycle within a third less heap, which is what lets a large file be checked in a small one.
 * The values are immutable, so sharing is invisible to everyone who reads them.
 */
final class SharedValues {

  private static final String ATTRIBUTE = "perf.sharedValues";

  private final Map<Object, Object> values = new HashMap<>(1 << 16);

  // The same text is the same day or moment: java.time's parser is the slowest part of reading, so each
  // distinct text is parsed once.
  private final Map<String, LocalDate> days = new HashMap<>();
  private final Map<String, LocalDateTime> moments = new HashMap<>();

  private SharedValues() {}

  /** The shared values of the reading under way: one set per call, gone with it. */
  static SharedValues of(DeserializationContext context) {
    Object shared = context.getAttribute(ATTRIBUTE);
    if (shared instanceof SharedValues) {
      return (SharedValues) shared;
    }
    SharedValues created = new SharedValues();
    context.setAttribute(ATTRIBUTE, created);
    return created;
  }

  /** The instance equal to {@code value} read first in this reading, or {@code value} itself. */
  @SuppressWarnings("unchecked")
  <T> T share(T value) {
    if (value == null) {
      return null;
    }
    Object first = values.putIfAbsent(value, value);
    return first == null ? value : (T) first;
  }

  /** The day a strict ISO date such as {@code 2026-03-31} names. */
  LocalDate day(String text) {
    // A text that is no date throws out of the parse and leaves no entry.
    return days.computeIfAbsent(text, t -> share(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE)));
  }

  /** The local moment a strict ISO date-time such as {@code 2026-03-31T10:00} names, made of the shared day. */
  LocalDateTime moment(String text) {
    return moments.computeIfAbsent(text, t -> moment(LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
  }

  /** The reading's one instance of this moment, made of its one instance of the day and of the time of day. */
  LocalDateTime moment(LocalDateTime moment) {
    LocalDateTime known = known(moment);
    return known != null ? known : share(LocalDateTime.of(share(moment.toLocalDate()), share(moment.toLocalTime())));
  }

  /** The instance equal to {@code value} read before in this reading, or null. */
  @SuppressWarnings("unchecked")
  <T> T known(T value) {
    return (T) values.get(value);
  }

  /**
   * Ids that only ever name their own record, never another: each is unique in a valid file, so
   * sharing them would only fill the map (a quarter of a million of them in 10,000 employees' file).
   * {@code SharedValuesTest} keeps this list true to the model.
   */
  static final Set<Class<? extends Id<?>>> OWN_IDS_ONLY = Set.of(RecordId.class, CommunicationId.class,
      InterviewId.class);

  /** Wraps the reader of every {@link Id} type that others refer to, so that equal ids of a reading are one instance. */
  static final class Ids extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
        JsonDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      boolean referred = Id.class.isAssignableFrom(type) && OWN_IDS_ONLY.stream().noneMatch(own -> own.isAssignableFrom(type));
      return referred ? new SharedId(deserializer) : deserializer;
    }
  }

  /** Reads an id as its own reader does, then hands out the reading's instance of it. */
  private static final class SharedId extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    SharedId(JsonDeserializer<?> reader) {
      super(reader);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
      return new SharedId(reader);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return of(context).share(super.deserialize(p, context));
    }
  }
}
