package io.perfcomm.core.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
  PENDING,
  DECIDED,
  WITHDRAWN
}
