/**
 * The organisation: departments, positions (with the key-position flag, 关键岗位) and people with
 * their roles and the evaluator relationship (考核者 / 被考核者).
 */
@PerfStyle
package io.perfcomm.core.organisation;

import io.perfcomm.core.PerfStyle;
