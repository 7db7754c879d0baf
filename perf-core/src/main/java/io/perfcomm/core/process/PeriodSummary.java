package io.perfcomm.core.process;

import io.perfcomm.core.communication.RecordId;
import io.perfcomm.core.evaluation.EvaluationId;
import java.time.LocalDate;

/**
 * A month-end summary (月底总结) that counts for an evaluation: a SUMMARY record of the employee dated
 * in the last {@value EmployeeProcess#SUMMARY_DAYS} days of their span or after it, no later than the
 * day of scoring. The one definition EVA-07, APL-05's "period summary" step and the result and
 * application agendas read.
 *
 * @param summaryRecord the SUMMARY record (not {@code record}, which the executable model's parser reads as a keyword)
 * @param evaluation the evaluation it prepared
 * @param date the record's date
 */
public record PeriodSummary(RecordId summaryRecord, EvaluationId evaluation, LocalDate date) {}
