package io.perfcomm.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * perf's Immutables style: public abstract domain types with builders nested in them; generated
 * {@code Immutable*} classes never appear in a signature. Source retention, so hosts need no
 * Immutables jar.
 *
 * <p>The generated classes are public, not package-private as Palantir's style has them: Drools
 * evaluates rule constraints reflectively on a fact's runtime class, and a package-private class
 * makes every accessor unreachable from the rule engine ("could not access field
 * ImmutableCommunication.at"). {@code overshadowImplementation} still keeps them out of the API.
 *
 * <p>Names, scores and free texts are marked {@code @Value.Redacted}: they never appear in a
 * {@code toString}, so no log line (Drools' own trace logging prints facts) can leak them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    allParameters = false)
public @interface PerfStyle {}
