package io.perfcomm.core.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.organisation.PersonId;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One certification attempt of an evaluator after interview training. */
@Value.Immutable
@JsonSerialize(as = ImmutableCertification.class)
@JsonDeserialize(as = ImmutableCertification.class)
public abstract class Certification implements Extensible {

  public abstract CertificationId id();

  public abstract PersonId evaluator();

  public abstract String trainingPeriod();

  /** The attempt number, from 1. */
  public abstract int attempt();

  public abstract List<Survey> surveys();

  /** The composite of the attempt: the mean of its 360 interview-feedback surveys, 0 without any. */
  public double composite() {
    return surveys().stream().mapToDouble(Survey::score).average().orElse(0);
  }

  /** The day of its last survey: when its composite was final; absent without surveys. */
  public Optional<LocalDate> lastSurveyOn() {
    return surveys().stream().map(Survey::at).max(LocalDate::compareTo);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certification}. */
  public static final class Builder extends ImmutableCertification.Builder {}
}
