package io.perfcomm.rules.testing;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks one cycle and asserts on its findings, one checkpoint at a time, as a constraint verifier
 * does: {@code given(scenario).expect("COM-02").about("E1")} says COM-02 fires about E1 and about
 * nobody else (the control employee is asserted without being named); {@code
 * expectNo("COM-02").about("E2")} and {@code expectNone("COM-02")} say it does not fire.
 */
public final class CheckpointVerifier {

  private final Cycle cycle;
  private PerfEngine engine = PerfEngine.withDefaults();
  private Report report;

  private CheckpointVerifier(Cycle cycle) {
    this.cycle = cycle;
  }

  /**
   * The facts to check, from a scenario.
   *
   * @param scenario the scenario
   * @return this verifier
   */
  public static CheckpointVerifier given(Scenario scenario) {
    return new CheckpointVerifier(scenario.build());
  }

  /**
   * The facts to check, as a cycle.
   *
   * @param cycle the cycle
   * @return this verifier
   */
  public static CheckpointVerifier given(Cycle cycle) {
    return new CheckpointVerifier(cycle);
  }

  /**
   * Checks with this engine (a host's rules or policy) instead of perf's default one.
   *
   * @param engine the engine
   * @return this verifier
   */
  public CheckpointVerifier using(PerfEngine engine) {
    this.engine = engine;
    this.report = null;
    return this;
  }

  /** {@return the report of the check, made on first use} */
  public Report report() {
    if (report == null) {
      report = engine.check(cycle);
    }
    return report;
  }

  /**
   * Expects findings of a checkpoint; narrow them with {@code about}, {@code citing}, ....
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return the expectation, to narrow
   * @throws AssertionError if the checkpoint has no finding
   */
  public FindingExpectation expect(String checkpoint) {
    return new FindingExpectation(this, checkpoint, true, report().findings(checkpoint));
  }

  /**
   * Expects no finding of a checkpoint that meets the one condition that follows ({@code
   * about("E2")}, {@code withSeverity(ERROR)}, {@code matching(...)}).
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return the expectation, to narrow with one condition
   */
  public FindingExpectation expectNo(String checkpoint) {
    return new FindingExpectation(this, checkpoint, false, report().findings(checkpoint));
  }

  /**
   * Expects no finding of a checkpoint with this severity that matches what follows.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @param severity the severity
   * @return the expectation, to narrow with one condition
   */
  public FindingExpectation expectNo(String checkpoint, Severity severity) {
    return new FindingExpectation(this, checkpoint, false, report().findings(checkpoint).stream()
        .filter(f -> f.severity() == severity).collect(Collectors.toList()));
  }

  /**
   * Expects no finding of a checkpoint at all.
   *
   * @param checkpoint the checkpoint id, e.g. {@code COM-02}
   * @return this verifier
   * @throws AssertionError if the checkpoint has a finding
   */
  public CheckpointVerifier expectNone(String checkpoint) {
    List<Finding> found = report().findings(checkpoint);
    if (!found.isEmpty()) {
      throw new AssertionError("expected no " + checkpoint + " finding, but found:\n" + describe(found));
    }
    return this;
  }

  String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    return findings.stream()
        .map(f -> "  " + f.checkpoint() + " " + f.severity() + " employee=" + f.employee().map(Object::toString).orElse("-")
            + " evaluator=" + f.evaluator().map(Object::toString).orElse("-") + " records=" + f.records()
            + " args=" + f.arguments() + "\n    " + report().message(f, Locale.ENGLISH))
        .collect(Collectors.joining("\n"));
  }
}
