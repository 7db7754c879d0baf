/**
 * Objective management (目标管理系统): the employee's indicator sheet for the period, its
 * result-level and task-level indicators with weights and approval, and changes to them.
 */
@PerfStyle
package io.perfcomm.core.objective;

import io.perfcomm.core.PerfStyle;
