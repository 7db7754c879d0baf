package io.perfcomm.core.policy;

/** How performance pay is handled while an appeal on the result is pending (APL-03, DOMAIN.md §6.2). */
public enum PayDuringAppeal {
  /** No pay and no penalty based on the disputed result until the appeal is decided (the default). */
  HOLD,
  /**
   * Pay is settled on the current result on the normal payday and adjusted after the decision (多退少补);
   * penalties still wait for the decision.
   */
  PAY_AND_ADJUST
}
