package io.perfcomm.rules.outer;

import io.perfcomm.rules.Finding;
import java.util.Map;
import java.util.Optional;

/**
 * Where an evaluator's interview certification stands in a period, read from a TRN-01 or TRN-02
 * finding: failed with a composite below the pass mark, surveys still missing, or the penalty of a
 * second failed period. The rules that write those findings live beside this type, so their argument
 * names are read here once and a report reads the status, not the arguments.
 */
public sealed interface CertificationStatus {

  /**
   * The latest attempt's composite is below the pass mark (TRN-01, WARNING): retake next period.
   *
   * @param composite the mean of the attempt's surveys
   * @param passMark the pass mark in force
   */
  record Failed(double composite, double passMark) implements CertificationStatus {}

  /**
   * Fewer 360 feedback surveys than needed are in (TRN-01, INFO): not a fail, still being collected.
   *
   * @param surveys the surveys in
   * @param required the surveys needed
   */
  record Incomplete(int surveys, int required) implements CertificationStatus {}

  /**
   * The penalty of failing {@code required} periods running (TRN-02).
   *
   * @param points the management-performance points deducted each month
   * @param pointsInForce whether the points are deducted in this period; when false only the year's
   *     excellence award and salary adjustment stay forfeited
   */
  record Penalty(int points, boolean pointsInForce) implements CertificationStatus {}

  /**
   * The status a certification finding states.
   *
   * @param finding any finding
   * @return the status, or empty when the finding is not one of TRN-01 and TRN-02
   */
  static Optional<CertificationStatus> of(Finding finding) {
    Map<String, Object> args = finding.arguments();
    switch (finding.checkpoint()) {
      case "TRN-01":
        if (finding.messageKey().equals("TRN-01.incomplete.message")) {
          return Optional.of(new Incomplete(number(args, "surveys").intValue(), number(args, "required").intValue()));
        }
        return Optional.of(new Failed(number(args, "composite").doubleValue(), number(args, "passMark").doubleValue()));
      case "TRN-02":
        return Optional.of(new Penalty(number(args, "penaltyPoints").intValue(),
            !finding.messageKey().equals("TRN-02.year.message")));
      default:
        return Optional.empty();
    }
  }

  private static Number number(Map<String, Object> args, String name) {
    return args.get(name) instanceof Number n ? n : Double.NaN;
  }
}
