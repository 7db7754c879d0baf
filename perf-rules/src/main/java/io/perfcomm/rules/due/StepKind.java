package io.perfcomm.rules.due;

/** A step of the standard cycle that can be due, each served by one checkpoint (named beside it). */
public enum StepKind {
  /** OBJ-01: the indicator sheet made and its indicators approved. */
  APPROVE_INDICATORS("OBJ-01"),
  /** OBJ-02: the employee signs the indicator sheet. */
  SIGN_INDICATORS("OBJ-02"),
  /** OBJ-03: a changed indicator communicated and re-confirmed before it takes effect. */
  CONFIRM_CHANGE("OBJ-03"),
  /** COM-01: this week's communication with a key position. */
  WEEKLY_TALK("COM-01"),
  /** COM-02: the communications still missing before scoring. */
  TALKS_BEFORE_SCORING("COM-02"),
  /** COM-04: the indicator communication (月前沟通). */
  INDICATOR_TALK("COM-04"),
  /** COM-05: the role communication of a new relationship. */
  ROLE_TALK("COM-05"),
  /** COM-06: the application communication once results are applied. */
  APPLICATION_TALK("COM-06"),
  /** EVA-05: the evaluation scored. */
  SCORE("EVA-05"),
  /** EVA-06: this week's weekly report or meeting record. */
  WEEKLY_RECORD("EVA-06"),
  /** EVA-07: the month-end summary (月底总结) before scoring. */
  PERIOD_SUMMARY("EVA-07"),
  /** INT-01: the result interview held. */
  INTERVIEW("INT-01"),
  /** INT-02: a private, quiet room booked for the interview. */
  BOOK_ROOM("INT-02"),
  /** INT-03: the employee notified of the interview in time. */
  NOTIFY("INT-03"),
  /** INT-04: enough time (at least the policy's minutes) planned for the interview. */
  BLOCK_TIME("INT-04"),
  /** INT-05: the interview's purpose stated. */
  STATE_PURPOSE("INT-05"),
  /** INT-06: a sensitive interview prepared, with HR or a leader to support it. */
  PREPARE_SUPPORT("INT-06"),
  /** INT-07: the result confirmed and signed once every objection is settled. */
  SIGN_RESULT("INT-07"),
  /** APL-01: an objection answered by the evaluator. */
  ANSWER_OBJECTION("APL-01"),
  /** APL-01: an escalated objection taken to a formal appeal by the employee. */
  FILE_APPEAL("APL-01"),
  /** APL-03: pay settled again (多退少补) after a decision amended a result paid during the appeal. */
  ADJUST_PAY("APL-03"),
  /** APL-04: an appeal decided. */
  DECIDE_APPEAL("APL-04"),
  /** APL-04: an appeal's decision communicated to the employee with its reasons. */
  TELL_DECISION("APL-04"),
  /** APP-01: the result applied. */
  APPLY_RESULT("APP-01"),
  /** APP-03: an earlier improvement plan followed up in this period. */
  FOLLOW_UP_PLAN("APP-03"),
  /** APP-03: an improvement plan's actions past their due day done, or new due days agreed. */
  COMPLETE_PLAN_ACTIONS("APP-03");

  private final String checkpoint;

  StepKind(String checkpoint) {
    this.checkpoint = checkpoint;
  }

  /** {@return the id of the checkpoint that owns this step} */
  public String checkpoint() {
    return checkpoint;
  }
}
