package io.perfcomm.rules.due;

/** Who takes a step: the employee's evaluator, the employee, or HR (DOMAIN.md §6.2, disputes). */
public enum ActorRole {
  /**
   * The employee's evaluator (考核者), the line manager who runs the cycle; for an improvement plan's
   * overdue actions, the plan's owner when it is someone else than the employee, following the plan up in
   * the evaluator's place.
   */
  EVALUATOR,
  /** The employee (被考核者): signs, confirms, files an appeal. */
  EMPLOYEE,
  /** HR (人力资源), with the leader in charge: decides appeals and tells the employee. */
  HR
}
