package io.perfcomm.core.policy;

/**
 * The severity a company's policy gives a checkpoint ({@code severities}): the same three names as
 * the findings' severity in perf-rules, kept here because a policy is read without the rule engine.
 */
public enum CheckpointSeverity {
  /** The process was broken. */
  ERROR,
  /** The process was likely broken, or is weak. */
  WARNING,
  /** Advice only. */
  INFO
}
