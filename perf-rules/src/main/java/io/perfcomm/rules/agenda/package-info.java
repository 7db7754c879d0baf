/**
 * Interview agendas (DOMAIN.md §4, §7): what a manager prints and brings to a conversation with an
 * employee, for each of the five communication types, for the moment of the check, rendered as text,
 * Markdown or the JSON of docs/format.md ("Agendas").
 *
 * <p>{@link io.perfcomm.rules.PerfEngine#agenda(io.perfcomm.core.Cycle, io.perfcomm.rules.Report,
 * io.perfcomm.core.interview.InterviewId)} runs one session of the agendas' own rule base (the sheets
 * under {@code io/perfcomm/rules/agenda/}: {@code shared}, {@code result}, {@code indicator}, {@code
 * role}, {@code daily}, {@code application}; never part of the check's rule base) over the employee's
 * records, the process facts of {@code io.perfcomm.core.process}, the report's findings about the
 * employee, an {@link io.perfcomm.rules.agenda.AgendaRequest} and the {@link
 * io.perfcomm.rules.agenda.NextPeriod}. Agenda rules insert {@link io.perfcomm.rules.agenda.Topic}s (an
 * item, with a weight) and {@link io.perfcomm.rules.agenda.TalkingPoint}s (what to say under it, with
 * the records behind it); the engine orders the topics by {@link
 * io.perfcomm.rules.agenda.AgendaItemKind}, shares the planned minutes out by weight and returns an
 * {@link io.perfcomm.rules.agenda.Agenda}.
 *
 * <p>Texts stay language-neutral in the model: every title and point is an {@link
 * io.perfcomm.rules.Message} (a message key with named arguments), the model a finding's message is
 * too, rendered in a locale by the same renderer only when the agenda is written out. One agenda can
 * thus be printed for the manager in Chinese and filed by HR in English, and tests assert on keys and
 * values instead of wording. The texts live in the bundle {@code io.perfcomm.rules.messages.agenda}.
 */
@PerfStyle
package io.perfcomm.rules.agenda;

import io.perfcomm.core.PerfStyle;
