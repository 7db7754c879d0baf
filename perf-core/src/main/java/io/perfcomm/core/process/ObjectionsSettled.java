package io.perfcomm.core.process;

import io.perfcomm.core.interview.InterviewId;
import java.time.LocalDateTime;

/**
 * Every objection raised at an interview is settled (resolved or withdrawn): from {@code at}, the
 * last settlement, the result is to be confirmed and signed by the RESULT_CONFIRMATION deadline
 * (INT-07). An interview with no objection, or with one still open or escalated, has none.
 *
 * @param interview the interview
 * @param at the moment the last of its objections was settled
 */
public record ObjectionsSettled(InterviewId interview, LocalDateTime at) {}
