/**
 * Performance communication (绩效沟通系统): the five communication types and the daily-management
 * evidence records (日管理、周汇总) that scores must rest on.
 */
@PerfStyle
package io.perfcomm.core.communication;

import io.perfcomm.core.PerfStyle;
