package io.perfcomm.rules;

import java.util.List;

/**
 * The engine could not be built: a rule sheet did not compile or could not be read. The message
 * names each sheet, line and the compiler's reason.
 */
public final class EngineBuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One line per problem. */
  private final List<String> problems;

  EngineBuildException(List<String> problems, Throwable cause) {
    super("the perf engine could not be built:\n  " + String.join("\n  ", problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** {@return one line per problem: {@code sheet:line: message}} */
  public List<String> problems() {
    return problems;
  }
}
