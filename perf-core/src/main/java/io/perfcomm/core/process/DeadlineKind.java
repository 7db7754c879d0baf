package io.perfcomm.core.process;

/** The named deadlines of the standard cycle, each owned by the checkpoints that judge it. */
public enum DeadlineKind {
  /** Indicators approved and signed, and the indicator talk held (OBJ-01, OBJ-02, COM-04). */
  CONFIRMATION,
  /** The evaluation scored (EVA-05, EVA-07, COM-02, COM-05). */
  SCORING,
  /** The result interview held after scoring (INT-01). */
  INTERVIEW,
  /** The notice of an interview given (INT-03); an exact moment, not a whole day. */
  NOTICE,
  /** An objection answered (APL-01). */
  OBJECTION_RESPONSE,
  /** The result confirmed and signed once every objection is settled (INT-07). */
  RESULT_CONFIRMATION,
  /** An appeal decided (APL-04). */
  APPEAL_DECISION,
  /** Results applied after scoring, paused while an appeal is pending (APP-01). */
  APPLICATION,
  /** The application talk held once results are applied (COM-06). */
  APPLICATION_TALK,
  /**
   * Pay adjusted (多退少补) after a decision amended the result, under {@code payDuringAppeal}
   * PAY_AND_ADJUST (APL-03); its subject is the appeal.
   */
  PAY_ADJUSTMENT
}
