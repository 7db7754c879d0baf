/**
 * The company policy: the thresholds of every checkpoint (DOMAIN.md §6) with their defaults,
 * per-department overrides, disabled checkpoint ids and the company's own checkpoint severities.
 * {@link io.perfcomm.core.policy.PolicyValue} describes each value once (name, default, range, the
 * checkpoints it serves); the merges and range checks are made from those descriptors.
 */
@PerfStyle
package io.perfcomm.core.policy;

import io.perfcomm.core.PerfStyle;
