package io.perfcomm.core.process;

/**
 * The five records of the standard process (标准流程) that answer an objection (DOMAIN.md §4d), in
 * the order the process runs them: APL-05 reports which exist for a disputed result.
 */
public enum StandardProcessStep {
  /** Pre-period confirmation with signature (考前确认). */
  CONFIRMATION,
  /** Coaching during the period (考中辅导). */
  COACHING,
  /** The period summary: evidence the scores rest on (考核总结). */
  SUMMARY,
  /** Result confirmation at the interview (结果确认). */
  RESULT_CONFIRMATION,
  /** Improvement measures (改进措施). */
  IMPROVEMENT_MEASURES
}
