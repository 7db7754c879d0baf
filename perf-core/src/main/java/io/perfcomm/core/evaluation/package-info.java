/**
 * Performance evaluation (绩效评价系统): scores per indicator, strengths and weaknesses, each
 * citing evidence.
 */
@PerfStyle
package io.perfcomm.core.evaluation;

import io.perfcomm.core.PerfStyle;
