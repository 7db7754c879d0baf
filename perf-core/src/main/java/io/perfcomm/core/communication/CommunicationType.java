package io.perfcomm.core.communication;

/** The five performance-communication types (绩效沟通的五种类型). */
public enum CommunicationType {
  INDICATOR,
  ROLE,
  DAILY,
  RESULT,
  APPLICATION
}
