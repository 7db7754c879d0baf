/**
 * What is due next (DOMAIN.md §8): every step of the standard cycle still open at {@code asOf}, who
 * must act, for whom, by which day, and whether that day has passed.
 *
 * <p>One home: the due list is not computed beside the check but read from it. Each rule that says a
 * step is "due by" a day (INFO), or "overdue" while the step can still be taken (ERROR, WARNING),
 * marks its {@link io.perfcomm.rules.Finding} with a {@link io.perfcomm.rules.due.Step}: the {@link
 * io.perfcomm.rules.due.StepKind}, the {@link io.perfcomm.rules.due.ActorRole} and the day, taken
 * from the process layer's {@code Deadline} (or {@code Week}) fact the rule already matched. {@link
 * io.perfcomm.rules.due.DueList#of} turns the marked findings of a report into {@link
 * io.perfcomm.rules.due.DueStep}s. A step is thus open exactly when its checkpoint says so, a
 * switched-off checkpoint has no steps, and no deadline is derived twice.
 */
@PerfStyle
package io.perfcomm.rules.due;

import io.perfcomm.core.PerfStyle;
