/**
 * The company policy: the thresholds of every checkpoint (DOMAIN.md §6) with their defaults,
 * per-department overrides and disabled checkpoint ids.
 */
@PerfStyle
package io.perfcomm.core.policy;

import io.perfcomm.core.PerfStyle;
