/**
 * Appeal and feedback (绩效申诉反馈系统) and result application (结果应用): formal appeals with
 * their decisions, and how results were applied.
 */
@PerfStyle
package io.perfcomm.core.appeal;

import io.perfcomm.core.PerfStyle;
