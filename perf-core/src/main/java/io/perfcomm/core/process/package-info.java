/**
 * The process layer: every derived fact of the standard cycle computed once, in plain Java, from
 * the cycle, its period, the effective policy and the moment {@code asOf}.
 *
 * <p>{@link io.perfcomm.core.process.WorkingCalendar} knows which days are worked (weekdays, the
 * policy's holidays and make-up working days, a person's leave) and where an "N days" deadline
 * falls. {@link io.perfcomm.core.process.EmployeeProcess} derives, for one employee, their
 * {@link io.perfcomm.core.process.Span} in the period (joining, leaving), the weeks of the period cut
 * to it and whether each is judged, every {@link io.perfcomm.core.process.Deadline} that is due with
 * whether it has passed, the indicators' targets and weights in effect, the shortfalls, coaching,
 * the month-end summaries, a relationship new this period, the disputed results and the state of
 * improvement plans (follow-ups, overdue actions, gaps). perf-rules inserts these as facts that every
 * rule sheet and agenda reads; the generator and {@code Scenario} use the same values, so no week,
 * deadline or shortfall is worked out twice.
 */
@PerfStyle
package io.perfcomm.core.process;

import io.perfcomm.core.PerfStyle;
