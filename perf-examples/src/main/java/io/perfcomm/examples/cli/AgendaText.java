package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Printable;
import io.perfcomm.rules.Message;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An agenda as plain text for a terminal or a printer, 80 columns, written from the agenda's model
 * (never by re-reading rendered text): each item numbered with its minutes, its points with hanging
 * indents, the records behind it; every message rendered by the agenda's renderer and wrapped by
 * {@link Terminal#wrap}. Control and bidi characters from the data are shown as U+FFFD.
 */
final class AgendaText {

  private static final String POINT = "   - ";
  private static final String UNDER_POINT = "     ";
  private static final String UNDER_ITEM = "   ";

  private AgendaText() {}

  /**
   * The agenda as text; the names of the people it is for and of the employee's indicators in {@code
   * cycle} are never broken across lines (DOMAIN.md §6.4).
   */
  static String write(Agenda agenda, Cycle cycle, Locale locale) {
    StringBuilder out = new StringBuilder();
    List<String> people = new ArrayList<>(new Directory(cycle).indicatorNames(agenda.employee()));
    people.add(agenda.render(Message.of("person.label").with("person", agenda.employee()), locale));
    agenda.evaluator().ifPresent(e -> people.add(agenda.render(Message.of("person.label").with("person", e), locale)));
    out.append(Terminal.wrapped(agenda.render(agenda.heading(), locale), "", "  ", people));
    out.append(Terminal.wrapped(agenda.render(agenda.subheading(), locale), "", "  ", people)).append('\n');
    // As the check says it: the agenda is planned on the cycle as it stood at its moment.
    agenda.leftOutNote().ifPresent(note -> out.append(Terminal.wrapped(agenda.render(note, locale), "", "")).append('\n'));
    int number = 1;
    for (AgendaItem item : agenda.items()) {
      String lead = number++ + ". ";
      String title = agenda.render(Agenda.heading(item), locale);
      out.append(Terminal.wrapped(title, lead, " ".repeat(lead.length()), people));
      for (Message point : item.points()) {
        out.append(Terminal.wrapped(agenda.render(point, locale), POINT, UNDER_POINT, people));
      }
      if (!item.records().isEmpty()) {
        out.append(Terminal.wrappedWords(agenda.render(Agenda.records(item.records()), locale), UNDER_ITEM,
            UNDER_ITEM + "  "));
      }
    }
    return Printable.of(out.toString());
  }
}
