package io.perfcomm.rules.fact;

import java.time.LocalDate;

/**
 * The employee or the evaluator is new to the relationship this period, for the agenda (COM-05).
 *
 * @param kind {@code "evaluator"} or {@code "position"}
 * @param since the day the relationship began
 */
public record AgendaNewRelationship(String kind, LocalDate since) {}
