package io.perfcomm.rules.agenda;

import io.perfcomm.core.Printable;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes an agenda as plain text or Markdown; the headings come from the agenda bundle. Each format
 * escapes data in one place: plain text shows control and bidi characters as U+FFFD ({@link
 * Printable}); Markdown escapes every argument value ({@link Markdown}), never the bundle's wording.
 */
final class AgendaWriter {

  private AgendaWriter() {}

  static String text(Agenda agenda, Locale locale) {
    UnaryOperator<String> data = UnaryOperator.identity();
    StringBuilder out = new StringBuilder();
    out.append(heading(agenda, locale, data)).append('\n');
    out.append(subheading(agenda, locale, data)).append("\n\n");
    int number = 1;
    for (AgendaItem item : agenda.items()) {
      out.append(number++).append(". ").append(agenda.render(item.title(), locale)).append(" (")
          .append(minutes(agenda, item.minutes(), locale)).append(")\n");
      for (Text point : item.points()) {
        out.append("   - ").append(agenda.render(point, locale)).append('\n');
      }
      if (!item.records().isEmpty()) {
        out.append("   ").append(records(agenda, item.records(), locale)).append('\n');
      }
    }
    // Plain text has no markup to protect; what it must not pass on is what a terminal obeys.
    return Printable.of(out.toString());
  }

  static String markdown(Agenda agenda, Locale locale) {
    UnaryOperator<String> data = Markdown::text;
    StringBuilder out = new StringBuilder();
    out.append("# ").append(heading(agenda, locale, data)).append("\n\n");
    out.append(subheading(agenda, locale, data)).append("\n\n");
    int number = 1;
    for (AgendaItem item : agenda.items()) {
      out.append("## ").append(number++).append(". ").append(agenda.render(item.title(), locale, data)).append(" — ")
          .append(minutes(agenda, item.minutes(), locale)).append("\n\n");
      for (Text point : item.points()) {
        out.append("- ").append(agenda.render(point, locale, data)).append('\n');
      }
      if (!item.points().isEmpty()) {
        out.append('\n');
      }
      if (!item.records().isEmpty()) {
        // Ids as code spans, already safe: passed through as they are.
        out.append('_').append(records(agenda, item.records().stream().map(Markdown::code).toList(), locale)).append("_\n\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static String heading(Agenda agenda, Locale locale, UnaryOperator<String> data) {
    return agenda.render(Text.of("agenda.heading." + agenda.type()).with("employee", agenda.employee())
        .with("interview", agenda.interview()), locale, data);
  }

  private static String subheading(Agenda agenda, Locale locale, UnaryOperator<String> data) {
    return agenda.render(Text.of("agenda.subheading").with("employee", agenda.employee())
        .with("evaluator", agenda.evaluator()).with("minutes", agenda.plannedMinutes())
        .with("items", agenda.items().size()), locale, data);
  }

  private static String minutes(Agenda agenda, int minutes, Locale locale) {
    return agenda.render(Text.of("agenda.minutes").with("minutes", minutes), locale);
  }

  private static String records(Agenda agenda, List<String> records, Locale locale) {
    return agenda.render(Text.of("agenda.records").with("records", String.join(", ", records)), locale);
  }
}
