package io.perfcomm.examples.cli;

import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaFormat;
import java.util.Locale;

/** An agenda as plain text wrapped to 80 columns, its talking points with hanging indents. */
final class AgendaText {

  private AgendaText() {}

  static String write(Agenda agenda, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (String line : agenda.render(AgendaFormat.TEXT, locale).split("\n", -1)) {
      if (line.isEmpty()) {
        out.append('\n');
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      String lead = line.substring(0, indent);
      String rest = line.substring(indent);
      String hanging = lead;
      if (rest.startsWith("- ")) {
        hanging = lead + "  ";
      } else if (rest.matches("\\d+\\. .*")) {
        hanging = " ".repeat(rest.indexOf(' ') + 1);
      }
      out.append(Terminal.wrapped(rest, lead, hanging));
    }
    String text = out.toString();
    return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
  }
}
