/**
 * Interview agendas (DOMAIN.md §4, §7): what a manager brings to a conversation with an employee, for
 * each of the five communication types, built from the period's records by the rules of {@code
 * agenda.drl} and rendered as text, Markdown or the JSON of FORMAT.md ("Output of agenda").
 *
 * <p>{@link io.perfcomm.rules.PerfEngine#agenda} runs one rule session over the employee's facts (the
 * same facts as a check) plus an {@link io.perfcomm.rules.agenda.AgendaRequest}. Checkpoint rules
 * insert their findings as usual; agenda rules (named {@code "AGENDA ..."}) insert {@link
 * io.perfcomm.rules.agenda.Topic}s (an item to talk about, with a weight) and {@link
 * io.perfcomm.rules.agenda.TalkingPoint}s (what to say under it, with the records behind it), and turn
 * the findings about the employee into talking points. The engine then orders the topics by {@link
 * io.perfcomm.rules.agenda.AgendaItemKind}, shares the planned minutes out by weight and returns an
 * {@link io.perfcomm.rules.agenda.Agenda}. Host rule sheets may insert topics and points of their own.
 *
 * <p>Texts stay language-neutral in the model: every title and point is a {@link
 * io.perfcomm.rules.agenda.Text} (a message key with argument values), rendered in a locale only when
 * the agenda is written out. One agenda can thus be printed for the manager in Chinese and filed by HR
 * in English, tests assert on keys and values instead of wording, and points taken from findings keep
 * the finding's own message key, so a host's checkpoint messages render the same way in agendas as in
 * reports. The texts live in the bundle {@code io.perfcomm.rules.messages.agenda}.
 */
@PerfStyle
package io.perfcomm.rules.agenda;

import io.perfcomm.core.PerfStyle;
