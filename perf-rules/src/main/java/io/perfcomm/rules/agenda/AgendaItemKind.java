package io.perfcomm.rules.agenda;

/**
 * The kinds of agenda items, in the order they are talked through. A result interview uses {@code
 * PREPARATION} (sensitive purposes only), {@code PURPOSE}, {@code ROLES} (new evaluator relationship
 * only), {@code RESULT_REVIEW} (one per indicator), {@code STRENGTHS}, {@code WEAKNESSES}, {@code
 * OBJECTIONS}, {@code PLAN_FOLLOW_UP}, {@code IMPROVEMENT_PLAN}, {@code NEXT_PERIOD}, {@code
 * CONFIRMATION}; the other communication types use the subset that fits them (see {@link
 * io.perfcomm.rules.PerfEngine#agenda(io.perfcomm.core.Cycle, io.perfcomm.core.organisation.PersonId,
 * io.perfcomm.core.communication.CommunicationType)}).
 */
public enum AgendaItemKind {
  /** What was prepared for a sensitive purpose and who from HR or leadership is present. */
  PREPARATION,
  /** The purpose of the conversation, stated first, and its ground rules. */
  PURPOSE,
  /** Who evaluates whom, responsibilities and authority. */
  ROLES,
  /** The period's indicators with weights and targets, to agree (one item per indicator). */
  INDICATORS,
  /** One indicator's target, actual, score and evidence (one item per indicator). */
  RESULT_REVIEW,
  /** Progress on one indicator from the records so far (one item per indicator). */
  PROGRESS,
  /** Strengths named in the evaluation, with evidence. */
  STRENGTHS,
  /** Weaknesses named in the evaluation, with evidence. */
  WEAKNESSES,
  /** What is in the employee's way. */
  OBSTACLES,
  /** Open objections and appeals, and what the standard-process records say about them. */
  OBJECTIONS,
  /** Follow-up of an earlier improvement plan not yet followed up (one item per plan). */
  PLAN_FOLLOW_UP,
  /** The improvement plan: causes, methods, resource support. */
  IMPROVEMENT_PLAN,
  /** How the result is applied: plan, training, pay, plan adjustment. */
  APPLICATION,
  /** Next period's indicators and what changes. */
  NEXT_PERIOD,
  /** What happens next, by whom and when. */
  NEXT_STEPS,
  /** Confirmation and signature, or how the disagreement is recorded. */
  CONFIRMATION
}
