package io.perfcomm.examples.cli;

import java.util.List;

/**
 * The input could not be used: a file missing or invalid, a rule sheet that does not compile, an
 * unknown checkpoint id. Each line is one problem, printed on standard error; the exit status is 2.
 */
final class InputProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  InputProblem(List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  InputProblem(String line) {
    this(List.of(line));
  }

  /** One problem per line, without a trailing newline. */
  List<String> lines() {
    return lines;
  }
}
