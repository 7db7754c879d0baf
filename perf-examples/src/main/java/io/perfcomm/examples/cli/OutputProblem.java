package io.perfcomm.examples.cli;

/**
 * The result could not be written: standard output failed (a full disk, a closed pipe) or the output
 * file could not be written in full. The message is one line on standard error; the exit status is 3.
 */
final class OutputProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  OutputProblem(String message) {
    super(message, null, false, false);
  }
}
