/**
 * The perf command line ({@code java -jar perf.jar}): {@code check} a cycle file against the
 * checkpoints, write an interview {@code agenda}, {@code report} on the outer loop (绩效外循环) across
 * departments, evaluators and periods as one self-contained HTML page, run the {@code demo} on a
 * sample department shipped in the jar, and {@code generate} large cycles for trials and benchmarks.
 *
 * <p>{@link io.perfcomm.examples.cli.PerfCommand} is the entry point. Every command reads its input
 * completely before it writes anything, so a run either prints its result or, with exit status 2,
 * one message per problem on standard error and nothing on standard output (docs/format.md); a check that
 * cannot be completed after a good read (a rule failed, memory ran out, the output could not be
 * written) is exit 3 and one line. Output files are written whole or not at all. Texts of
 * the command line itself live in the {@code messages} bundle beside this package, in English and
 * Simplified Chinese; the findings' texts come from perf-rules.
 */
package io.perfcomm.examples.cli;
