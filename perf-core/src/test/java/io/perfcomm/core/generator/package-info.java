/**
 * Deterministic generation of realistic cycles for tests, the demo and benchmarks.
 *
 * <p>{@link io.perfcomm.core.generator.CycleGenerator} builds an organisation (departments,
 * positions, evaluators, HR partners, leaders) and, for every employee, one period's records of
 * all four management systems following the standard process. A chosen share of employees gets one
 * or more typical process breaches ({@link io.perfcomm.core.generator.CycleGenerator.Breach}), each
 * named after the checkpoints it should trip; the generated cycle stays structurally valid either
 * way. The same options always give an equal cycle.
 */
@PerfStyle
package io.perfcomm.core.generator;

import io.perfcomm.core.PerfStyle;
