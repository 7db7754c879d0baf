package io.perfcomm.rules;

/**
 * A rule failed while checking a cycle: its consequence threw, or it fired without end. The message
 * names the rule; no partial report is returned.
 */
public final class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  RuleExecutionException(String rule, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
  }

  /** The name of the rule that failed. */
  public String rule() {
    return rule;
  }
}
