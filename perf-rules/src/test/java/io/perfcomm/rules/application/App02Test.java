package io.perfcomm.rules.application;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.Fixtures.june;
import static io.perfcomm.rules.testing.CheckpointVerifier.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.Severity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * APP-02: an improvement plan has an owner, causes and actions with due dates, always, and resource
 * support when the evaluation it belongs to missed a target; one finding per plan lists every gap.
 */
class App02Test {

  /** E1 scored on 1 July; the target was met or missed. */
  private static Scenario scored(Scenario scenario, boolean targetMet) {
    return scenario.employee("E1").indicator("I1", RESULT, 100).record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", targetMet ? 90 : 60, targetMet, "R1");
  }

  private static List<String> gaps(Finding finding) {
    return ((Collection<?>) finding.arguments().get("gaps")).stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void firesWhenThePlanHasNoOwner() {
    Finding finding = given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> p.owner(Optional.empty())))
        .expectNo("APP-02").about("CONTROL").and()
        .expect("APP-02").about("E1").withSeverity(Severity.ERROR).citing("PL1")
        .withArgument("plan", PlanId.of("PL1")).times(1).findings().get(0);
    assertEquals(List.of("NO_OWNER"), gaps(finding));
  }

  @Test
  void firesWhenAnActionHasNoDueDate() {
    Finding finding = given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> p.actions(List.of(
            PlanAction.builder().text("weekly review").due(LocalDate.parse("2026-07-31")).build(),
            PlanAction.builder().text("shadow a senior").build()))))
        .expect("APP-02").about("E1").withArgument("undatedActions", 1).times(1).findings().get(0);
    assertEquals(List.of("UNDATED_ACTIONS"), gaps(finding));
  }

  @Test
  void firesWhenATargetWasMissedAndNoResourceSupportIsGiven() {
    Finding finding = given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> p.resources(List.of())))
        .expect("APP-02").about("E1").times(1).findings().get(0);
    assertEquals(List.of("NO_RESOURCE_SUPPORT"), gaps(finding));
  }

  @Test
  void firesWhenThePlanNamesNoCauses() {
    Finding finding = given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> p.causes(List.of())))
        .expect("APP-02").about("E1").times(1).findings().get(0);
    assertEquals(List.of("NO_CAUSES"), gaps(finding));
  }

  @Test
  void firesWhenThePlanHasNoActions() {
    Finding finding = given(scored(june(), true).improvementPlan("PL1", "2026-07-03T11:00", p -> p.actions(List.of())))
        .expect("APP-02").about("E1").times(1).findings().get(0);
    assertEquals(List.of("NO_ACTIONS"), gaps(finding));
  }

  @Test
  void resourceSupportIsNotRequiredWhenEveryTargetWasMet() {
    given(scored(june(), true).improvementPlan("PL1", "2026-07-03T11:00", p -> p.resources(List.of())))
        .expectNone("APP-02");
  }

  @Test
  void listsEveryGapInOneFinding() {
    Finding finding = given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> p.owner(Optional.empty())
            .actions(List.of(PlanAction.builder().text("practice").build())).resources(List.of())))
        .expect("APP-02").about("E1").times(1).findings().get(0);
    assertEquals(List.of("NO_OWNER", "UNDATED_ACTIONS", "NO_RESOURCE_SUPPORT"), gaps(finding));
  }

  @Test
  void silentForACompletePlan() {
    given(scored(june(), false).improvementPlan("PL1", "2026-07-03T11:00", p -> { })).expectNone("APP-02");
  }

  @Test
  void aPlanOfAnEarlierPeriodIsNotJudgedAgain() {
    given(scored(june(), false).improvementPlan("PL0", "2026-05-20T10:00",
            p -> p.period(io.perfcomm.core.PeriodId.of("2026-05")).owner(Optional.empty())))
        .expectNone("APP-02");
  }

  @Test
  void disabledByIdInTheCyclePolicy() {
    given(scored(june().policy(p -> p.addDisabled("APP-02")), false)
            .improvementPlan("PL1", "2026-07-03T11:00", p -> p.owner(Optional.empty())))
        .expectNone("APP-02");
  }
}
