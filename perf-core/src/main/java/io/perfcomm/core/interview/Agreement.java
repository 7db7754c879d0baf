package io.perfcomm.core.interview;

/** How the employee received the result at the interview. */
public enum Agreement {
  SIGNED,
  OBJECTED,
  NONE
}
