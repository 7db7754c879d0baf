package io.perfcomm.core.objective;

/** The level of an indicator: department-level result (结果级) or position-level task (任务级). */
public enum IndicatorLevel {
  /** A result-level indicator: it depends on the department's conditions. */
  RESULT,
  /** A task-level indicator: it depends on the employee's own skills. */
  TASK
}
