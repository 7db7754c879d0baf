package io.perfcomm.core.interview;

/** The four kinds of resource support in an improvement plan (培训、人脉、政策、预算资源). */
public enum ResourceKind {
  TRAINING,
  NETWORK,
  POLICY,
  BUDGET
}
