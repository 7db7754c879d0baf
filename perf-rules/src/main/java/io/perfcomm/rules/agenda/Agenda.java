package io.perfcomm.rules.agenda;

import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.Message;
import io.perfcomm.rules.MessageRenderer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * An ordered agenda for one conversation with an employee, for the moment {@link #asOf}, whose items'
 * minutes add up to the planned minutes; made by {@link io.perfcomm.rules.PerfEngine#agenda} and
 * written out with {@link #render(AgendaFormat, Locale)}. Titles and points are {@link Message}s,
 * rendered by the same renderer as the check's findings.
 */
@Value.Immutable
public abstract class Agenda {

  /** The class-path resource of the agenda JSON's schema (2020-12), shipped in this jar. */
  public static final String SCHEMA = "/io/perfcomm/rules/schema/agenda.schema.json";

  /** The format version of the JSON form. */
  public static final String FORMAT = "perf-agenda/1";

  /** {@return the communication type the agenda is for} */
  public abstract CommunicationType type();

  /** {@return the result interview, for a {@code RESULT} agenda} */
  public abstract Optional<InterviewId> interview();

  /** {@return the employee the conversation is with} */
  public abstract PersonId employee();

  /** {@return the employee's evaluator} */
  public abstract Optional<PersonId> evaluator();

  /** {@return the moment the agenda is for: the check's {@code asOf}} No date it promises lies before it. */
  public abstract LocalDateTime asOf();

  /**
   * {@return how many events of the cycle dated after {@link #asOf} were left out as not yet happened: the
   * agenda is planned on the cycle as it stood then, as the check judges it; 0 when none}
   */
  @Value.Default
  public int leftOut() {
    return 0;
  }

  /**
   * {@return the line that says how many events dated after the agenda's moment were left out, when any
   * were}
   */
  public Optional<Message> leftOutNote() {
    return leftOut() == 0 ? Optional.empty() : Optional.of(Message.of("agenda.leftOut").with("count", leftOut()));
  }

  /**
   * {@return the minutes the items add up to: the interview's planned minutes, else the default for the type;
   * raised to one minute per item where fewer were planned}
   */
  public abstract int plannedMinutes();

  /** {@return the items in the order they are talked through} */
  public abstract List<AgendaItem> items();

  /** Renders the agenda's messages; not part of its value. */
  @Value.Auxiliary
  abstract MessageRenderer renderer();

  /**
   * {@return a message of this agenda in a locale, people by name}
   *
   * @param message the message
   * @param locale the locale of the text
   */
  public String render(Message message, Locale locale) {
    return renderer().render(message, locale);
  }

  /**
   * {@return a message of this agenda with its data (the argument values) passed through a format's escaping}
   *
   * @param message the message
   * @param locale the locale of the text
   * @param data the escaping applied to each argument value
   */
  public String render(Message message, Locale locale, UnaryOperator<String> data) {
    return renderer().render(message, locale, data);
  }

  /**
   * {@return the agenda written out in a format and a locale}
   *
   * @param format the format
   * @param locale the locale of the text
   */
  public String render(AgendaFormat format, Locale locale) {
    return format.render(this, locale);
  }

  /** {@return the heading: what conversation with whom} */
  public Message heading() {
    Message heading = Message.of("agenda.heading." + type()).with("employee", employee());
    // Only a result interview's heading names the interview; the other talks have none to name.
    return type() == CommunicationType.RESULT ? heading.with("interview", interview()) : heading;
  }

  /** {@return the line under the heading: employee, evaluator, moment, minutes and items} */
  public Message subheading() {
    return Message.of("agenda.subheading").with("employee", employee()).with("evaluator", evaluator())
        .with("asOf", asOf()).with("minutes", plannedMinutes()).with("items", items().size());
  }

  /**
   * {@return how an item's minutes are written}
   *
   * @param item the item
   */
  public static Message minutes(AgendaItem item) {
    return Message.of("agenda.minutes").with("minutes", item.minutes());
  }

  /**
   * {@return an item's heading as printed: its title and minutes, "Purpose (4 minutes)" /
   * "面谈目的与规则（4 分钟）", the brackets of the reader's language}
   *
   * @param item the item
   */
  public static Message heading(AgendaItem item) {
    return Message.of("agenda.item.heading").with("title", item.title()).with("minutes", minutes(item));
  }

  /**
   * {@return how the records behind an item are written, given the ids as a format shows them}
   *
   * @param shownIds the ids as the format shows them
   */
  public static Message records(List<String> shownIds) {
    // A list, joined as the reader's language joins one (、 in Chinese).
    return Message.of("agenda.records").with("records", List.copyOf(shownIds));
  }

  /** Checks that the minutes add up and no item gets none, and that no count is negative. */
  @Value.Check
  protected void check() {
    if (leftOut() < 0) {
      throw new IllegalArgumentException("agenda for " + employee() + ": leftOut " + leftOut() + " is below 0");
    }
    int sum = items().stream().mapToInt(AgendaItem::minutes).sum();
    if (sum != plannedMinutes()) {
      throw new IllegalArgumentException("agenda for " + employee() + ": items take " + sum
          + " minutes, planned are " + plannedMinutes());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agenda}; {@code renderer} renders its messages. */
  public static final class Builder extends ImmutableAgenda.Builder {}
}
