package io.perfcomm.core.objective;

/** The level of an indicator: department-level result (结果级) or position-level task (任务级). */
public enum IndicatorLevel {
  RESULT,
  TASK
}
