package io.perfcomm.core.interview;

/** The four kinds of resource support in an improvement plan (培训、人脉、政策、预算资源). */
public enum ResourceKind {
  /** Training (培训). */
  TRAINING,
  /** Contacts: a mentor, a colleague, a customer introduction (人脉). */
  NETWORK,
  /** A change of rules, process or targets (政策). */
  POLICY,
  /** Money, tools or staff (预算). */
  BUDGET
}
