package io.perfcomm.core.generator;

import io.perfcomm.core.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** What {@link CycleGenerator} makes: size, breach share, period and the shape of the organisation. */
@Value.Immutable
public abstract class GeneratorOptions {

  /** The period {@code 2026-03}, the default. */
  public static final Period MARCH_2026 = Period.of("2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

  /** The seed: equal options give an equal cycle. */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /** How many employees are evaluated. */
  @Value.Default
  public int employees() {
    return 100;
  }

  /** The share (0–1) of employees that get one or more process breaches. */
  @Value.Default
  public double breachShare() {
    return 0.0;
  }

  /** The period generated; at least 14 days long. */
  @Value.Default
  public Period period() {
    return MARCH_2026;
  }

  /** The moment of the check: by default 20 days after the period end, at 18:00, after every generated record. */
  @Value.Default
  public LocalDateTime asOf() {
    return period().end().plusDays(20).atTime(18, 0);
  }

  /** How many employees one evaluator evaluates. */
  @Value.Default
  public int employeesPerEvaluator() {
    return 8;
  }

  /** How many business departments; by default one per 40 employees, at least one. */
  @Value.Default
  public int departments() {
    return Math.max(1, employees() / 40);
  }

  /** The share (0–1) of employees on a key position (关键岗位). */
  @Value.Default
  public double keyPositionShare() {
    return 0.2;
  }

  @Value.Check
  protected void check() {
    require(employees() >= 0, "employees " + employees() + " is negative");
    require(breachShare() >= 0 && breachShare() <= 1, "breachShare " + breachShare() + " is outside 0–1");
    require(keyPositionShare() >= 0 && keyPositionShare() <= 1, "keyPositionShare " + keyPositionShare() + " is outside 0–1");
    require(employeesPerEvaluator() >= 1, "employeesPerEvaluator " + employeesPerEvaluator() + " is below 1");
    require(departments() >= 1, "departments " + departments() + " is below 1");
    require(!period().end().isBefore(period().start().plusDays(13)),
        "period " + period().id() + " is shorter than 14 days");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Options with every default except these three. */
  public static GeneratorOptions of(long seed, int employees, double breachShare) {
    return builder().seed(seed).employees(employees).breachShare(breachShare).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GeneratorOptions}; {@code build()} throws {@link IllegalArgumentException} on a value out of range. */
  public static final class Builder extends ImmutableGeneratorOptions.Builder {}
}
