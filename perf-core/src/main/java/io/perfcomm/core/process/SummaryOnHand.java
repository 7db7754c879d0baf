package io.perfcomm.core.process;

import io.perfcomm.core.communication.RecordId;
import java.time.LocalDate;

/**
 * A month-end summary (月底总结) on hand at {@code asOf} for an employee not scored yet: a SUMMARY
 * record of theirs dated from the last {@value EmployeeProcess#SUMMARY_DAYS} days of their span to
 * {@code asOf}. The same definition as {@link PeriodSummary}, which caps it at the scoring day instead
 * (EVA-07).
 *
 * @param summaryRecord the SUMMARY record
 * @param date its date
 */
public record SummaryOnHand(RecordId summaryRecord, LocalDate date) {}
