/**
 * Evaluator training and certification (绩效面谈培训): the 360 interview-feedback surveys of each
 * certification attempt.
 */
@PerfStyle
package io.perfcomm.core.training;

import io.perfcomm.core.PerfStyle;
