/**
 * A test API for checkpoints, perf's and a host's: given a scenario, expect (or rule out) findings of
 * a checkpoint about an employee, with severity, cited records and message arguments. It throws
 * {@link java.lang.AssertionError}, so it works in any test framework.
 *
 * <pre>{@code
 * given(Scenario.month("2026-06").employee("E1").communication(DAILY, "2026-06-03T10:00").scoredAt("2026-07-01T10:00"))
 *     .expect("COM-02").about("E1").citing("C-E1-1").withArgument("count", 1);
 * }</pre>
 */
package io.perfcomm.rules.testing;
