/**
 * The facts perf inserts into a rule session besides the cycle's own records: the employee (or
 * evaluator) a session is about and the moment of the check. A session also holds the {@link
 * io.perfcomm.core.Period} and the department's {@link io.perfcomm.core.policy.EffectivePolicy},
 * each exactly once. Host rule sheets match on these types like perf's own.
 *
 * <p>The rest are the facts perf's rules derive with {@code insertLogical} (a week of the period, a
 * shortfall, a contested result...). They are Java classes rather than DRL-declared types, with
 * accessor methods, so rule constraints resolve the same under every default locale, and their
 * {@code toString} prints ids only, as logs may carry nothing confidential.
 */
package io.perfcomm.rules.fact;
