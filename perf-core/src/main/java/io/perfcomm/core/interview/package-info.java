/**
 * The performance interview (绩效面谈): location, purpose, preparation and support, the outcome,
 * objections with their responses, and the improvement plan (绩效改进计划) made at its end.
 */
@PerfStyle
package io.perfcomm.core.interview;

import io.perfcomm.core.PerfStyle;
