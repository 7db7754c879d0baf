/**
 * A small fluent builder for cycles, for tests: perf's own checkpoint tests and a host's tests of
 * its policies and rules.
 *
 * <p>{@link io.perfcomm.core.scenario.Scenario} fills in everything a test does not care about
 * (department, position, evaluator, approval and signature times, interview defaults) so a test
 * states only the facts its checkpoint reads, and {@code followsStandardProcess()} adds a whole
 * clean cycle for an employee to serve as the control that must not match.
 */
package io.perfcomm.core.scenario;
