/**
 * The facts perf inserts into a rule session besides the cycle's own records: the employee (or
 * evaluator) a session is about and the moment of the check. A session also holds the {@link
 * io.perfcomm.core.Period} and the department's {@link io.perfcomm.core.policy.EffectivePolicy},
 * each exactly once. Host rule sheets match on these types like perf's own.
 *
 * <p>Derived facts (weeks, deadlines, shortfalls, disputes…) are the process layer's, in
 * {@code io.perfcomm.core.process}; the few left here are the findings' own vocabulary (the steps of
 * APL-05, the gaps of APP-02). All are Java types with accessor methods, so constraints resolve the
 * same under every default locale, and their {@code toString} prints ids only, as logs may carry
 * nothing confidential.
 */
package io.perfcomm.rules.fact;
