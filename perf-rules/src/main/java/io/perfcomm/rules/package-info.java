/**
 * The perf engine: checks one period's records against the checkpoints of DOMAIN.md §6 and explains
 * every breach.
 *
 * <p>{@link io.perfcomm.rules.PerfEngine} is built once (rule sheets compiled into one rule base) and
 * then shared by any number of threads; each {@code check} partitions the cycle by employee and by
 * evaluator and runs one short-lived rule session per partition. Rules reason over the facts of
 * {@link io.perfcomm.rules.fact} and insert {@link io.perfcomm.rules.Finding}s; a {@link
 * io.perfcomm.rules.Report} sorts them and renders them in English or Chinese from the message
 * bundles, and {@link io.perfcomm.rules.FindingsJson} writes it as the findings JSON ({@code
 * perf-findings/1}, schema in this jar). {@link io.perfcomm.rules.Checkpoints} is the catalogue of checkpoint ids, severities and
 * policy parameters. No KIE type crosses this package's API.
 */
@PerfStyle
package io.perfcomm.rules;

import io.perfcomm.core.PerfStyle;
