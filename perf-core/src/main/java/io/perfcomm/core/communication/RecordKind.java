package io.perfcomm.core.communication;

/** The kind of a daily-management evidence record (日管理、周汇总). */
public enum RecordKind {
  /** A daily report. */
  DAILY_REPORT,
  /** A weekly report. */
  WEEKLY_REPORT,
  /** A meeting record. */
  MEETING,
  /** The evaluator's note of something observed. */
  OBSERVATION,
  /** Figures from a system of record, e.g. sales data. */
  DATA,
  /** The month-end summary (月底总结) of the employee's period. */
  SUMMARY
}
