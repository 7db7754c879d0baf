/**
 * The outer loop (绩效外循环, DOMAIN.md §9): how the performance-management system itself is doing,
 * over the checked cycles of one or more periods, as typed figures a host can read or draw.
 *
 * <p>{@link io.perfcomm.rules.outer.OuterLoop#of(java.util.List)} takes {@link
 * io.perfcomm.rules.outer.CheckedCycle}s (a cycle and its {@link io.perfcomm.rules.Report}) and counts
 * breaches by checkpoint, evaluator, department and period, the appeal outcomes, the evaluators whose
 * certification is at risk ({@link io.perfcomm.rules.outer.CertificationStatus}) and the calibration of
 * how evaluators score ({@link io.perfcomm.rules.outer.Calibration}). A breach is an ERROR or WARNING
 * finding; INFO notes (a step still due, a dispute on record) are counted apart and never as
 * breaches. Each count says what it counts: employee-months (an employee once per period) or distinct
 * people. People and departments are named as the latest period names them. The CLI's HTML report
 * is one reader of these figures.
 */
@PerfStyle
package io.perfcomm.rules.outer;

import io.perfcomm.core.PerfStyle;
