package io.perfcomm.core.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One 360 interview-feedback survey (《绩效面谈反馈》) of an evaluator, scored 0–100. */
@Value.Immutable
@JsonSerialize(as = ImmutableSurvey.class)
@JsonDeserialize(as = ImmutableSurvey.class)
public abstract class Survey {

  /** {@return the day of the survey} */
  public abstract LocalDate at();

  /** {@return the survey's score} */
  @Value.Redacted
  public abstract double score();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Survey}. */
  public static final class Builder extends ImmutableSurvey.Builder {}
}
