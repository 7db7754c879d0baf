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

  /** {@return the attempt's id} */
  public abstract CertificationId id();

  /** {@return the evaluator certified} */
  public abstract PersonId evaluator();

  /** {@return the training period of the attempt (free text)} */
  public abstract String trainingPeriod();

  /** {@return the attempt number, from 1} */
  public abstract int attempt();

  /** {@return the 360 feedback surveys of the attempt} */
  public abstract List<Survey> surveys();

  /** {@return the composite of the attempt: the mean of its 360 interview-feedback surveys, 0 without any} */
  public double composite() {
    return surveys().stream().mapToDouble(Survey::score).average().orElse(0);
  }

  /** {@return the day of its last survey: when its composite was final; absent without surveys} */
  public Optional<LocalDate> lastSurveyOn() {
    return surveys().stream().map(Survey::at).max(LocalDate::compareTo);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certification}. */
  public static final class Builder extends ImmutableCertification.Builder {}
}
