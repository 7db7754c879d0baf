package io.perfcomm.core.interview;

/** How the employee received the result at the interview. */
public enum Agreement {
  /** The employee signed the result. */
  SIGNED,
  /** The employee objected to the result. */
  OBJECTED,
  /** Neither signed nor objected. */
  NONE
}
