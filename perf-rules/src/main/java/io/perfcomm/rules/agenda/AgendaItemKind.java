package io.perfcomm.rules.agenda;

/**
 * The kinds of agenda items, in the order they are talked through (DOMAIN.md §7). A result interview
 * uses {@code PREPARATION} (always: done before the talk), {@code PURPOSE}, {@code ROLES} (a new
 * evaluator or position only), {@code EMPLOYEE_VIEW}, {@code RESULT_REVIEW} (one per indicator),
 * {@code STRENGTHS}, {@code WEAKNESSES}, {@code OBJECTIONS} (an open objection or appeal, or a missed
 * target), {@code IMPROVEMENT_PLAN}, {@code NEXT_PERIOD}, {@code CONFIRMATION}; the other
 * communication types use the subset that fits them (see {@link
 * io.perfcomm.rules.PerfEngine#agenda(io.perfcomm.core.Cycle, io.perfcomm.rules.Report,
 * io.perfcomm.core.organisation.PersonId, io.perfcomm.core.communication.CommunicationType)}), with a
 * {@code PREPARATION} item when the check found something to fix before the talk. The talks of DOMAIN.md
 * §7.1 have their own kinds: a dismissal or demotion {@code DECISION} and {@code NOTICE}, an improvement
 * warning {@code EXPECTATIONS}.
 */
public enum AgendaItemKind {
  /** Before the talk: room, time and notice, records to bring, support, the check's findings to fix first. */
  PREPARATION,
  /** The purpose of the conversation, stated first, its order and ground rules. */
  PURPOSE,
  /** A dismissal or demotion: the decision and its grounds, stated at the start and not negotiated. */
  DECISION,
  /** Who evaluates whom, responsibilities and authority. */
  ROLES,
  /** The employee's own view of the period, real thoughts and suggestions (真实想法和建议). */
  EMPLOYEE_VIEW,
  /** Indicators with weights and targets, to agree (one item per indicator). */
  INDICATORS,
  /** One indicator's target in effect, actual, score, weight and evidence (one item per indicator). */
  RESULT_REVIEW,
  /** Progress on one indicator from the records so far (one item per indicator). */
  PROGRESS,
  /** Strengths named in the evaluation, with evidence. */
  STRENGTHS,
  /** Weaknesses named in the evaluation, with evidence. */
  WEAKNESSES,
  /** What is in the employee's way. */
  OBSTACLES,
  /** Open objections and appeals, or the objection a missed target is likely to bring, and the records that answer them. */
  OBJECTIONS,
  /** Open improvement-plan actions, done, due and overdue (one item per plan). */
  PLAN_FOLLOW_UP,
  /** An improvement warning: what must improve, by when, how progress is checked, what follows if it does not. */
  EXPECTATIONS,
  /** The improvement plan: causes, methods, resource support, owners and due dates; an earlier plan's follow-up. */
  IMPROVEMENT_PLAN,
  /** How the result is applied: plan, training, pay, plan adjustment. */
  APPLICATION,
  /** Next period's indicators and what changes. */
  NEXT_PERIOD,
  /** What happens next, by whom and when. */
  NEXT_STEPS,
  /** A dismissal or demotion: what HR explains (notice, handover, settlement; or the new position). */
  NOTICE,
  /** Confirmation and signature, or what is signed now and what waits. */
  CONFIRMATION
}
