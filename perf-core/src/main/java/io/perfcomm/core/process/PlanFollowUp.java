package io.perfcomm.core.process;

import io.perfcomm.core.interview.PlanId;

/**
 * An improvement plan made for an earlier period that was still open at this period's start: this
 * period's communications must follow it up (APP-03). A plan agreed early in this period for last
 * period's result is one; a plan closed before the period is not.
 *
 * @param plan the plan
 */
public record PlanFollowUp(PlanId plan) {}
