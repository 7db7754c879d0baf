/**
 * The process layer: every derived fact of the standard cycle computed once, in plain Java, from
 * the cycle, its period, the effective policy and the moment {@code asOf}.
 *
 * <p>{@link io.perfcomm.core.process.WorkingCalendar} knows which days are worked (weekdays, the
 * policy's holidays and make-up working days, a person's leave) and where an "N days" deadline
 * falls. {@link io.perfcomm.core.process.EmployeeProcess} derives, for one employee, the weeks of
 * the period, every {@link io.perfcomm.core.process.Deadline} with whether it has passed, the
 * indicators' targets and weights in effect, the shortfalls, a relationship new this period, the
 * disputed results and the state of improvement plans. perf-rules inserts these as facts that every
 * rule sheet and agenda reads; the generator and {@code Scenario} use the same values, so no week,
 * deadline or shortfall is worked out twice.
 */
@PerfStyle
package io.perfcomm.core.process;

import io.perfcomm.core.PerfStyle;
