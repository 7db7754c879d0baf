package io.perfcomm.rules.agenda;

import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * An ordered agenda for one conversation with an employee, whose items' minutes add up to the planned
 * minutes; made by {@link io.perfcomm.rules.PerfEngine#agenda} and written out with {@link #render}.
 */
@Value.Immutable
public abstract class Agenda {

  /** The format version of the JSON form. */
  public static final String FORMAT = "perf-agenda/1";

  /** The communication type the agenda is for. */
  public abstract CommunicationType type();

  /** The result interview, for a {@code RESULT} agenda. */
  public abstract Optional<InterviewId> interview();

  public abstract PersonId employee();

  public abstract Optional<PersonId> evaluator();

  /**
   * The minutes the items add up to: the interview's planned minutes, else the default for the type;
   * raised to one minute per item where fewer were planned.
   */
  public abstract int plannedMinutes();

  /** The items in the order they are talked through. */
  public abstract List<AgendaItem> items();

  /** Renders the agenda's texts; not part of its value. */
  @Value.Auxiliary
  abstract AgendaTexts texts();

  /** A text of this agenda in a locale. */
  public String render(Text text, Locale locale) {
    return texts().render(text, locale);
  }

  /** A text of this agenda with its data (the argument values) passed through a format's escaping. */
  String render(Text text, Locale locale, UnaryOperator<String> data) {
    return texts().render(text, locale, data);
  }

  /** The agenda written out in a format and a locale. */
  public String render(AgendaFormat format, Locale locale) {
    return format.render(this, locale);
  }

  @Value.Check
  protected void check() {
    int sum = items().stream().mapToInt(AgendaItem::minutes).sum();
    if (sum != plannedMinutes()) {
      throw new IllegalArgumentException("agenda for " + employee() + ": items take " + sum
          + " minutes, planned are " + plannedMinutes());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agenda}; {@code texts} renders its texts. */
  public static final class Builder extends ImmutableAgenda.Builder {}
}
