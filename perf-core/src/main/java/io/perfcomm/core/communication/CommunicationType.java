package io.perfcomm.core.communication;

/** The five performance-communication types (绩效沟通的五种类型). */
public enum CommunicationType {
  /** The talk that agrees the indicators of a period (指标沟通). */
  INDICATOR,
  /** The talk about roles: who evaluates whom, responsibilities and authority. */
  ROLE,
  /** A check-in or coaching talk during the period (日常沟通). */
  DAILY,
  /** The result interview after scoring (绩效面谈). */
  RESULT,
  /** The talk about how the result is applied. */
  APPLICATION
}
