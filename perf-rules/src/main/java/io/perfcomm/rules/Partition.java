package io.perfcomm.rules;

import io.perfcomm.core.organisation.DepartmentId;
import java.util.List;

/**
 * The facts of one rule session: one employee's records, or one evaluator's certifications. A
 * session never holds the whole company, so memory stays flat however large the cycle.
 *
 * @param department the department whose policy applies
 * @param facts the facts to insert, besides the period, policy and moment
 */
record Partition(DepartmentId department, List<Object> facts) {}
