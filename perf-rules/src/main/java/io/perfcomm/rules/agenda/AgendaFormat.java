package io.perfcomm.rules.agenda;

import java.util.Locale;

/** The forms an agenda is written in: plain text, Markdown, or the JSON of docs/format.md. */
public enum AgendaFormat {
  /** Plain text for a terminal or an e-mail. */
  TEXT {
    @Override
    public String render(Agenda agenda, Locale locale) {
      return AgendaWriter.text(agenda, locale);
    }
  },
  /** Markdown, for a wiki page or a README. */
  MARKDOWN {
    @Override
    public String render(Agenda agenda, Locale locale) {
      return AgendaWriter.markdown(agenda, locale);
    }
  },
  /** The JSON of docs/format.md, "Agendas" ({@value Agenda#FORMAT}). */
  JSON {
    @Override
    public String render(Agenda agenda, Locale locale) {
      return AgendaJson.write(agenda, locale);
    }
  };

  /**
   * {@return the agenda written in this form, its texts in the locale}
   *
   * @param agenda the agenda
   * @param locale the locale of the text
   */
  public abstract String render(Agenda agenda, Locale locale);
}
