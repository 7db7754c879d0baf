/**
 * JMH benchmarks of the perf engine on the generator's realistic cycles: engine build (cold and
 * warm), one employee's check on a shared engine (the request path), a 10,000-employee cycle from
 * memory and from its JSON file (the nightly batch), and the floor — the same facts in sessions
 * without any rule — that the check is measured against. Built into {@code
 * perf-examples/target/benchmarks.jar}; {@code perf-examples/BENCHMARKS.md} has the figures and the
 * commands that reproduce them.
 */
package io.perfcomm.examples.bench;
