package io.perfcomm.core.organisation;

/** The kind of leave (假期类型): annual (年假), sick (病假), maternity (产假), personal (事假) or other. */
public enum AbsenceKind {
  /** Annual leave. */
  ANNUAL,
  /** Sick leave. */
  SICK,
  /** Maternity leave. */
  MATERNITY,
  /** Personal leave. */
  PERSONAL,
  /** Any other leave. */
  OTHER
}
