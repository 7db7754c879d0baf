package io.perfcomm.rules.agenda;

import io.perfcomm.core.Printable;
import io.perfcomm.rules.Message;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes an agenda as plain text or Markdown from its model (headings and labels are messages of the
 * agenda bundle). Each format escapes data in one place: plain text shows control and bidi characters
 * as U+FFFD ({@link Printable}); Markdown escapes every argument value ({@link Markdown}), never the
 * bundle's wording.
 */
final class AgendaWriter {

  private AgendaWriter() {}

  static String text(Agenda agenda, Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(agenda.render(agenda.heading(), locale)).append('\n');
    out.append(agenda.render(agenda.subheading(), locale)).append("\n\n");
    agenda.leftOutNote().ifPresent(note -> out.append(agenda.render(note, locale)).append("\n\n"));
    int number = 1;
    for (AgendaItem item : agenda.items()) {
      out.append(number++).append(". ").append(agenda.render(Agenda.heading(item), locale)).append('\n');
      for (Message point : item.points()) {
        out.append("   - ").append(agenda.render(point, locale)).append('\n');
      }
      if (!item.records().isEmpty()) {
        out.append("   ").append(agenda.render(Agenda.records(item.records()), locale)).append('\n');
      }
    }
    // Plain text has no markup to protect; what it must not pass on is what a terminal obeys.
    return Printable.of(out.toString());
  }

  static String markdown(Agenda agenda, Locale locale) {
    UnaryOperator<String> data = Markdown::text;
    StringBuilder out = new StringBuilder();
    out.append("# ").append(agenda.render(agenda.heading(), locale, data)).append("\n\n");
    out.append(agenda.render(agenda.subheading(), locale, data)).append("\n\n");
    agenda.leftOutNote().ifPresent(note -> out.append(agenda.render(note, locale, data)).append("\n\n"));
    int number = 1;
    for (AgendaItem item : agenda.items()) {
      out.append("## ").append(number++).append(". ").append(agenda.render(item.title(), locale, data)).append(" — ")
          .append(agenda.render(Agenda.minutes(item), locale)).append("\n\n");
      for (Message point : item.points()) {
        out.append("- ").append(agenda.render(point, locale, data)).append('\n');
      }
      if (!item.points().isEmpty()) {
        out.append('\n');
      }
      if (!item.records().isEmpty()) {
        // Ids as code spans, already safe: passed through as they are.
        out.append('_').append(agenda.render(Agenda.records(item.records().stream().map(Markdown::code).toList()),
            locale)).append("_\n\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }
}
