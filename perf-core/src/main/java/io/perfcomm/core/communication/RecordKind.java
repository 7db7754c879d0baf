package io.perfcomm.core.communication;

/** The kind of a daily-management evidence record (日管理、周汇总). */
public enum RecordKind {
  DAILY_REPORT,
  WEEKLY_REPORT,
  MEETING,
  OBSERVATION,
  DATA,
  /** The month-end summary (月底总结) of the employee's period. */
  SUMMARY
}
