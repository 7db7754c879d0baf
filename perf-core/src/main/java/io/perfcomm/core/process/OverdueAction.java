package io.perfcomm.core.process;

import io.perfcomm.core.interview.PlanId;
import java.time.LocalDate;

/**
 * An action of an open improvement plan past its due day without being done, at {@code asOf}
 * (APP-03's warning, the DAILY agenda's follow-up).
 *
 * @param plan the plan
 * @param action the action's place in the plan, from 0
 * @param due its due day
 */
public record OverdueAction(PlanId plan, int action, LocalDate due) {}
