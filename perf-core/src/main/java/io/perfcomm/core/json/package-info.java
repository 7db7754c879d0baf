/**
 * The cycle file: reading and writing perf's JSON interchange format (docs/format.md, {@code
 * perf-cycle/1}) and the policy file, through {@link io.perfcomm.core.json.CycleJson}.
 *
 * <p>Reading is strict, because a cycle file comes from another system and a typo must not silently
 * drop data: the text is parsed to a tree first (syntax, encoding and size limits give a line and
 * column), then mapped onto the domain types, and every failure on the way is an {@link
 * io.perfcomm.core.InvalidCycleException} naming the record, its id, the field and why, in the
 * same words the cycle's structural check uses. Host data in {@code extensions} passes through
 * untouched. The configured Jackson mapper is offered to hosts and other modules that write perf
 * JSON of their own, such as findings.
 */
package io.perfcomm.core.json;
