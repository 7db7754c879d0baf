package io.perfcomm.core.process;

import io.perfcomm.core.interview.InterviewId;
import java.time.LocalDateTime;

/**
 * An interview that took place with its start and end recorded, and how long it lasted (INT-04
 * judges whether it was cut short).
 *
 * @param interview the interview
 * @param startedAt when it started
 * @param minutes whole minutes from start to end
 * @param shorterThanPlanned whether it ended before its planned minutes were up; true when no time was planned
 */
public record HeldInterview(InterviewId interview, LocalDateTime startedAt, long minutes, boolean shorterThanPlanned) {}
