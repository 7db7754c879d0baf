package io.perfcomm.core.policy;

/** How the "N days" of a deadline are counted: calendar days (default) or working days. */
public enum DayCount {
  /** Every day counts. */
  CALENDAR,
  /** Only the company's working days count. */
  WORKING
}
