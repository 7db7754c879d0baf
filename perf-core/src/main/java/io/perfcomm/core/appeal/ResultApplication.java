package io.perfcomm.core.appeal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.perfcomm.core.Extensible;
import io.perfcomm.core.evaluation.EvaluationId;
import java.time.LocalDateTime;
import java.util.List;
import org.immutables.value.Value;

/** How an evaluation's result was applied (结果应用). */
@Value.Immutable
@JsonSerialize(as = ImmutableResultApplication.class)
@JsonDeserialize(as = ImmutableResultApplication.class)
public abstract class ResultApplication implements Extensible {

  /** {@return the application's id} */
  public abstract ApplicationId id();

  /** {@return the evaluation whose result was applied} */
  public abstract EvaluationId evaluation();

  /** {@return when the result was applied} */
  public abstract LocalDateTime appliedAt();

  /** {@return what was done with the result} */
  public abstract List<ApplicationAction> actions();

  /** {@return whether anything is applied: an action other than "no action" (暂无应用事项)} */
  public boolean appliesSomething() {
    return actions().stream().anyMatch(action -> action != ApplicationAction.NO_ACTION);
  }

  /** {@return whether the only action applied is an improvement plan} */
  public boolean onlyImprovementPlan() {
    return !actions().isEmpty() && actions().stream().allMatch(action -> action == ApplicationAction.IMPROVEMENT_PLAN);
  }

  /**
   * {@return whether it applies pay or a penalty: the actions an appeal on the result must wait for
   * (APL-02, APL-03)}
   */
  public boolean paysOrPenalises() {
    return actions().contains(ApplicationAction.PAY) || actions().contains(ApplicationAction.PENALTY);
  }

  /** {@return whether it settles performance pay (绩效工资核算)} */
  public boolean pays() {
    return actions().contains(ApplicationAction.PAY);
  }

  /**
   * Whether it must wait while a dispute on the result is open (APL-02, APL-03): a penalty always; pay
   * too unless the company pays on the current result and adjusts after the decision.
   *
   * @param holdPay whether the policy holds pay during an appeal ({@code payDuringAppeal} HOLD)
   * @return whether the application waits for the dispute
   */
  public boolean waitsForDispute(boolean holdPay) {
    return actions().contains(ApplicationAction.PENALTY) || holdPay && pays();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResultApplication}. */
  public static final class Builder extends ImmutableResultApplication.Builder {}
}
