package io.perfcomm.rules;

/** How serious a finding is: the process was broken, likely broken or weak, or advice. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
