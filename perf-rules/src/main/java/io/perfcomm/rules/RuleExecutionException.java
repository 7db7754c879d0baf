package io.perfcomm.rules;

/**
 * A check could not be completed because of a rule: its consequence or a condition threw (an {@code
 * Error} included), it fired without end, it inserted more facts than a session may hold, or the
 * check ran past its time limit while it was firing. The message names the rule; no partial report
 * is returned.
 */
public final class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The name of the rule that failed, or null. */
  private final String rule;

  RuleExecutionException(String rule, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
  }

  /**
   * {@return the name of the rule that failed; empty when none can be named (a time limit reached
   * while no rule
   * was firing, a condition Drools does not attribute to a rule, an interrupted check)}
   */
  public String rule() {
    return rule;
  }
}
