package io.perfcomm.rules.outer;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.Report;
import java.util.Objects;

/**
 * One period's cycle and the report of its check: the input of the outer loop.
 *
 * @param source where the cycle came from (a file name), for the reader of a report
 * @param cycle the cycle checked
 * @param report the report of {@code engine.check(cycle)}
 */
public record CheckedCycle(String source, Cycle cycle, Report report) {

  /**
   * Checks that every part is given.
   *
   * @param source the {@code source} component
   * @param cycle the {@code cycle} component
   * @param report the {@code report} component
   */
  public CheckedCycle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(report, "report");
  }
}
