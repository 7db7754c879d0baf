package io.perfcomm.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A cycle could not be read or built: it carries every problem found, each naming the record, the
 * field and why. Nothing half-built is returned when this is thrown.
 */
public final class InvalidCycleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception listing every problem found.
   *
   * @param problems the problems, at least one
   */
  public InvalidCycleException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in file order} */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String header = problems.size() == 1 ? "invalid cycle: 1 problem" : "invalid cycle: " + problems.size() + " problems";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
  }
}
