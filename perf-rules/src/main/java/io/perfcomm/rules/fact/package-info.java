/**
 * The facts perf inserts into a rule session besides the cycle's own records: the employee (or
 * evaluator) a session is about and the moment of the check. A session also holds the {@link
 * io.perfcomm.core.Period} and the department's {@link io.perfcomm.core.policy.EffectivePolicy},
 * each exactly once. Host rule sheets match on these types like perf's own.
 */
package io.perfcomm.rules.fact;
