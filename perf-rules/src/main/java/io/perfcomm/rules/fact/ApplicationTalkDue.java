package io.perfcomm.rules.fact;

import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.evaluation.Evaluation;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The application talk (COM-06) due for an applied result: the last day allowed and the moment after it. */
public final class ApplicationTalkDue {
  private final ResultApplication application;
  private final Evaluation evaluation;
  private final LocalDate deadline;
  private final LocalDateTime closesAt;

  public ApplicationTalkDue(ResultApplication application, Evaluation evaluation, LocalDate deadline,
      LocalDateTime closesAt) {
    this.application = application;
    this.evaluation = evaluation;
    this.deadline = deadline;
    this.closesAt = closesAt;
  }

  public ResultApplication application() {
    return application;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public LocalDateTime closesAt() {
    return closesAt;
  }

  @Override
  public String toString() {
    return "ApplicationTalkDue[" + application.id() + ", " + evaluation.id() + ", " + deadline + "]";
  }
}
