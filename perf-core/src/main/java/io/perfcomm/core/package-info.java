/**
 * The perf domain: one evaluation period's records of the four management systems as an immutable {@link io.perfcomm.core.Cycle}.
 *
 * <p>Sub-packages follow the domain, one per management system: objectives, communication,
 * evaluation, interview, appeal; plus the organisation, evaluator training and the company policy.
 * {@code json} reads and writes the cycle file, {@code process} derives every fact of the standard
 * cycle once (working days, deadlines, weeks, targets in effect), and {@code scenario} builds cycles
 * fluently for tests. The generator of realistic cycles lives with perf-core's tests (its test-jar),
 * since only tests, benchmarks and the CLI's {@code generate} use it. Structural consistency is checked when a
 * cycle is built; process rules are perf-rules' checkpoints. {@link io.perfcomm.core.CheckpointId} is
 * the typed id of a checkpoint, and {@link io.perfcomm.core.Extensions} reads a record's host data
 * ({@code extensions}) as typed values, for host rules.
 */
@PerfStyle
package io.perfcomm.core;
