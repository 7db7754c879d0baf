package io.perfcomm.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * perf's Immutables style: public abstract domain types, package-private generated classes,
 * builders nested in the domain type. Source retention, so hosts need no Immutables jar.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    allParameters = false)
public @interface PerfStyle {}
