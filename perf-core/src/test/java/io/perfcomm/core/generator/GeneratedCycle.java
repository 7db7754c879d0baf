package io.perfcomm.core.generator;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator.Breach;
import io.perfcomm.core.organisation.PersonId;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/** A generated cycle with the breaches injected into it, by the employee (or evaluator) they concern. */
@Value.Immutable
public abstract class GeneratedCycle {

  public abstract Cycle cycle();

  /**
   * The breaches injected, by person: employees for process breaches, evaluators for certification
   * breaches. People without any breach are absent.
   */
  public abstract Map<PersonId, Set<Breach>> breaches();

  /** The breaches injected for one person; empty when none. */
  public Set<Breach> breachesOf(PersonId person) {
    return breaches().getOrDefault(person, Set.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeneratedCycle}. */
  public static final class Builder extends ImmutableGeneratedCycle.Builder {}
}
