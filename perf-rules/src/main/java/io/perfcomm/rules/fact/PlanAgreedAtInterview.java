package io.perfcomm.rules.fact;

import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;

/** A held interview on an evaluation that ended with a complete improvement plan agreed with the employee. */
public final class PlanAgreedAtInterview {
  private final Evaluation evaluation;
  private final Interview interview;
  private final ImprovementPlan plan;

  public PlanAgreedAtInterview(Evaluation evaluation, Interview interview, ImprovementPlan plan) {
    this.evaluation = evaluation;
    this.interview = interview;
    this.plan = plan;
  }

  public Evaluation evaluation() {
    return evaluation;
  }

  public Interview interview() {
    return interview;
  }

  public ImprovementPlan plan() {
    return plan;
  }

  @Override
  public String toString() {
    return "PlanAgreedAtInterview[" + evaluation.id() + ", " + interview.id() + ", " + plan.id() + "]";
  }
}
