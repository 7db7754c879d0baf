package io.perfcomm.rules;

/** How serious a finding is: the process was broken, likely broken or weak, or advice. */
public enum Severity {
  /** The standard process was broken. */
  ERROR,
  /** A sign that the process is going wrong. */
  WARNING,
  /** Something to know or to do before a deadline. */
  INFO
}
