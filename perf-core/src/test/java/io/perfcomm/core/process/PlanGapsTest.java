package io.perfcomm.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.interview.PlanId;
import io.perfcomm.core.interview.ResourceKind;
import io.perfcomm.core.interview.ResourceSupport;
import io.perfcomm.core.organisation.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** APP-02's plan gaps: what a plan lacks, with and without a missed target. */
class PlanGapsTest {

  private static ImprovementPlan.Builder complete() {
    return ImprovementPlan.builder().id(PlanId.of("PL1")).employee(PersonId.of("E1"))
        .period(io.perfcomm.core.PeriodId.of("2026-06")).owner(PersonId.of("M1")).causes(List.of("cause"))
        .actions(List.of(PlanAction.builder().text("act").due(LocalDate.of(2026, 7, 15)).build()))
        .resources(List.of(ResourceSupport.builder().kind(ResourceKind.TRAINING).text("course").build()));
  }

  @Test
  void completePlanHasNoGaps() {
    assertEquals(Optional.empty(), PlanGaps.of(complete().build(), 1));
  }

  @Test
  void planWithoutResourcesLacksNothingWhenEveryTargetWasMet() {
    assertEquals(Optional.empty(), PlanGaps.of(complete().resources(List.of()).build(), 0));
  }

  @Test
  void planWithoutResourcesLacksSupportWhenATargetWasMissed() {
    assertEquals(List.of(PlanGap.NO_RESOURCE_SUPPORT), PlanGaps.of(complete().resources(List.of()).build(), 2).orElseThrow().gaps());
  }

  @Test
  void emptyPlanListsEveryGapInReadingOrder() {
    ImprovementPlan empty = ImprovementPlan.builder().id(PlanId.of("PL1")).employee(PersonId.of("E1"))
        .period(io.perfcomm.core.PeriodId.of("2026-06")).build();
    PlanGaps gaps = PlanGaps.of(empty, 1).orElseThrow();
    assertEquals(List.of(PlanGap.NO_OWNER, PlanGap.NO_CAUSES, PlanGap.NO_ACTIONS, PlanGap.NO_RESOURCE_SUPPORT), gaps.gaps());
    assertEquals(1, gaps.shortfalls());
  }

  @Test
  void undatedActionsAreCounted() {
    PlanGaps gaps = PlanGaps.of(complete().actions(List.of(PlanAction.builder().text("a").build(),
        PlanAction.builder().text("b").build())).build(), 0).orElseThrow();
    assertEquals(List.of(PlanGap.UNDATED_ACTIONS), gaps.gaps());
    assertEquals(2, gaps.undatedActions());
  }
}
