package io.perfcomm.examples.cli;

import io.perfcomm.rules.due.DueList;
import io.perfcomm.rules.due.DueStep;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A due list as an iCalendar file (RFC 5545), written by ical4j (escaping, line folding, VTIMEZONE).
 *
 * <p>One VEVENT per step, not a VTODO: the managers who read these reminders use Outlook and Google
 * Calendar, which show events and drop VTODOs on import. The event is the step's last day, from its
 * start to the start of the next day in the cycle's time zone (TZID, with the zone's VTIMEZONE): it
 * ends at the very moment the step becomes late (DOMAIN.md §6.1), which an all-day floating date would
 * shift for a reader in another zone. Without a cycle time zone the times are floating (the
 * organisation's local time, as the cycle file's are); a zone ical4j has no VTIMEZONE for is written
 * in UTC. The UID is {@link DueStep#uid()}, the same for the same step in every export, so a calendar
 * updates the entry (its date, its "overdue") instead of adding a copy; DTSTAMP is the check's asOf.
 */
final class DueCalendar {

  private static final String PRODUCT = "-//perfcomm.io//perf due//EN";

  private DueCalendar() {}

  static String write(DueList due, Texts texts) {
    Locale locale = texts.locale();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    Optional<TimeZone> zone = due.timeZone().flatMap(DueCalendar::vtimezone);
    zone.ifPresent(z -> calendar.add(z.getVTimeZone()));
    ZoneId asOfZone = due.timeZone().orElse(ZoneOffset.UTC);
    DtStamp stamp = new DtStamp(due.asOf().atZone(asOfZone).toInstant());
    for (DueStep step : due.steps()) {
      VEvent event = new VEvent(false);
      event.add(stamp);
      event.add(new Uid(step.uid()));
      event.add(new DtStart<>(moment(step.by().atStartOfDay(), due, zone)));
      event.add(new DtEnd<>(moment(step.by().plusDays(1).atStartOfDay(), due, zone)));
      String text = due.text(step, locale);
      event.add(new Summary(step.overdue() ? texts.get("due.overdue.prefix", text) : text));
      StringBuilder description = new StringBuilder();
      step.actor().ifPresent(actor -> description.append(texts.get("due.ics.actor", due.person(actor, locale),
          texts.get("due.role." + step.actorRole()))).append('\n'));
      description.append(texts.get("due.ics.checkpoint", step.checkpoint())).append('\n');
      if (!step.records().isEmpty()) {
        description.append(texts.get("due.records", String.join(texts.get("list.separator"), step.records())));
      }
      event.add(new Description(description.toString().strip()));
      event.add(new Categories(step.checkpoint()));
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** The zone's VTIMEZONE from ical4j's bundled definitions (no network); empty for a zone it has none for. */
  private static Optional<TimeZone> vtimezone(ZoneId zone) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    try {
      return Optional.ofNullable(registry.getTimeZone(zone.getId()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A local moment of the cycle as the calendar writes it: in the VTIMEZONE, in UTC, or floating. */
  private static Temporal moment(LocalDateTime local, DueList due, Optional<TimeZone> zone) {
    if (zone.isPresent()) {
      return local.atZone(ZoneId.of(zone.get().getID()));
    }
    if (due.timeZone().isPresent()) {
      return local.atZone(due.timeZone().get()).toInstant();
    }
    return local;
  }
}
