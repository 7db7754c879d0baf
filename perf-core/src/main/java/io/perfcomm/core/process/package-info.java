/**
 * The process layer: every derived fact of the standard cycle computed once, in plain Java, from
 * the cycle, its period, the effective policy and the moment {@code asOf}.
 *
 * <p>{@link io.perfcomm.core.process.WorkingCalendar} knows which days are worked (weekdays, the
 * policy's holidays and make-up working days, a person's leave) and where an "N days" deadline
 * falls. {@link io.perfcomm.core.process.EmployeeProcess} derives, for one employee, their
 * {@link io.perfcomm.core.process.Span} in the period (joining, leaving; on leave all of it:
 * {@link io.perfcomm.core.process.OnLeaveAllPeriod}), the weeks of the period cut
 * to it and whether each is judged, every {@link io.perfcomm.core.process.Deadline} that is due with
 * whether it has passed, the indicators' targets and weights in effect, the shortfalls, coaching,
 * the month-end summaries, a relationship new this period, the disputed results and the state of
 * improvement plans (follow-ups, overdue actions, gaps). perf-rules inserts these as facts that every
 * rule sheet and agenda reads; the generator and {@code Scenario} use the same values, so no week,
 * deadline or shortfall is worked out twice.
 *
 * <p>Inside, one package-private deriver per management system computes that system's facts and
 * returns them as an immutable record: objectives ({@code ObjectivesFacts}), communication
 * ({@code CommunicationFacts}), evaluation ({@code EvaluationFacts}), interview
 * ({@code InterviewFacts}), appeal ({@code AppealFacts}) and application ({@code ApplicationFacts}),
 * each from the same {@code Givens} (records, employee, period, policy, calendar, span, asOf). A
 * deriver that needs another system's facts takes them as inputs (the appeal system the coaching,
 * summaries and shortfalls; the application system the plans agreed at an interview and the
 * shortfalls), so no fact depends on the order in which lists are filled. {@code EmployeeProcess}
 * only composes them.
 */
@PerfStyle
package io.perfcomm.core.process;

import io.perfcomm.core.PerfStyle;
