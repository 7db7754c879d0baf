package io.perfcomm.rules.agenda;

import static io.perfcomm.core.communication.CommunicationType.APPLICATION;
import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.communication.CommunicationType.INDICATOR;
import static io.perfcomm.core.communication.CommunicationType.ROLE;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.CommunicationType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each of the five communication types gets its own agenda, in both languages. */
class CommunicationTypesTest {

  @Test
  void resultInterview() {
    Agenda agenda = result(june().build(), "T-CONTROL");
    assertEquals(List.of(AgendaItemKind.PURPOSE, AgendaItemKind.RESULT_REVIEW, AgendaItemKind.RESULT_REVIEW,
        AgendaItemKind.STRENGTHS, AgendaItemKind.WEAKNESSES, AgendaItemKind.IMPROVEMENT_PLAN,
        AgendaItemKind.NEXT_PERIOD, AgendaItemKind.CONFIRMATION), kinds(agenda));
    assertEquals(45, agenda.plannedMinutes());
    assertEquals("T-CONTROL", agenda.interview().orElseThrow().value());
  }

  @Test
  void indicatorTalkBeforeThePeriodAgreesEachIndicatorAndEndsWithSignature() {
    Agenda agenda = of(june(), "CONTROL", INDICATOR);
    assertEquals(List.of(AgendaItemKind.PURPOSE, AgendaItemKind.INDICATORS, AgendaItemKind.INDICATORS,
        AgendaItemKind.CONFIRMATION), kinds(agenda));
    assertEquals(30, agenda.plannedMinutes());
    assertEquals(List.of("agenda.indicators.figures", "agenda.indicators.approved", "agenda.indicators.measure.RESULT"),
        keys(agenda.items().get(1)));
    assertTrue(agenda.items().get(1).minutes() > agenda.items().get(2).minutes(), "the 60% indicator gets more time");
    assertEquals(List.of("agenda.confirm.indicators.signed"), keys(item(agenda, AgendaItemKind.CONFIRMATION)));
    assertFalse(agenda.interview().isPresent());
  }

  @Test
  void indicatorTalkForAnUnsignedSheetAsksForTheSignatureByTheDeadline() {
    Agenda agenda = of(june().employee("E1").indicator("I1", io.perfcomm.core.objective.IndicatorLevel.TASK, 100)
        .unsigned(), "E1", INDICATOR);
    Text sign = item(agenda, AgendaItemKind.CONFIRMATION).points().get(0);
    assertEquals("agenda.confirm.indicators.sign", sign.key());
    assertEquals(java.time.LocalDate.parse("2026-06-01"), sign.arguments().get("deadline"));
  }

  @Test
  void roleTalkSaysWhoEvaluatesWhomResponsibilitiesAndAuthority() {
    Agenda agenda = of(june().employee("E1").keyPosition().evaluatedBy("M2").evaluatorSince("2026-06-01")
        .indicator("I1", io.perfcomm.core.objective.IndicatorLevel.TASK, 100), "E1", ROLE);
    assertEquals(List.of(AgendaItemKind.PURPOSE, AgendaItemKind.ROLES, AgendaItemKind.INDICATORS,
        AgendaItemKind.NEXT_STEPS, AgendaItemKind.CONFIRMATION), kinds(agenda));
    assertEquals(List.of("agenda.roles.who", "agenda.roles.new.evaluator", "agenda.roles.evaluatorDuties",
        "agenda.roles.employeeDuties", "agenda.roles.authority", "agenda.roles.keyPosition"),
        ownKeys(item(agenda, AgendaItemKind.ROLES)));
    assertEquals("M2", agenda.evaluator().orElseThrow().value());
    assertEquals(20, agenda.plannedMinutes());
  }

  @Test
  void weeklyCheckInGoesThroughProgressObstaclesAndNextSteps() {
    Agenda agenda = of(june().asOf("2026-06-20T18:00").employee("E1").keyPosition()
        .indicator("I1", io.perfcomm.core.objective.IndicatorLevel.RESULT, 50)
        .indicator("I2", io.perfcomm.core.objective.IndicatorLevel.TASK, 50)
        .record("R1", "I1", "2026-06-05").record("R2", "I1", "2026-06-12").record("R9", "I1", "2026-06-25"),
        "E1", DAILY);
    assertEquals(List.of(AgendaItemKind.PURPOSE, AgendaItemKind.PROGRESS, AgendaItemKind.PROGRESS,
        AgendaItemKind.OBSTACLES, AgendaItemKind.NEXT_STEPS), kinds(agenda));
    assertEquals(15, agenda.plannedMinutes());
    assertEquals(List.of("R1", "R2"), agenda.items().get(1).records(), "records after asOf are not there yet");
    assertEquals(List.of("agenda.progress.target", "agenda.progress.noRecords"), keys(agenda.items().get(2)));
    assertTrue(keys(item(agenda, AgendaItemKind.NEXT_STEPS)).contains("agenda.nextSteps.keyPosition"));
  }

  @Test
  void applicationTalkSaysHowTheResultIsApplied() {
    Agenda agenda = of(scored(june(), true, i -> { }).improvementPlan("P1", "2026-07-03T11:00", p -> { })
        .applied("A1", "2026-07-05T10:00", ApplicationAction.IMPROVEMENT_PLAN, ApplicationAction.TRAINING_REQUEST,
            ApplicationAction.PAY), "E1", APPLICATION);
    assertEquals(List.of(AgendaItemKind.PURPOSE, AgendaItemKind.IMPROVEMENT_PLAN, AgendaItemKind.APPLICATION,
        AgendaItemKind.NEXT_STEPS, AgendaItemKind.CONFIRMATION), kinds(agenda));
    assertEquals(List.of("agenda.application.IMPROVEMENT_PLAN", "agenda.application.TRAINING_REQUEST",
        "agenda.application.PAY"), keys(item(agenda, AgendaItemKind.APPLICATION)));
    assertEquals(List.of("A1"), item(agenda, AgendaItemKind.APPLICATION).records());
    assertEquals(List.of("agenda.plan.agreed", "agenda.plan.action", "agenda.plan.resource"),
        keys(item(agenda, AgendaItemKind.IMPROVEMENT_PLAN)));
  }

  @Test
  void applicationTalkWhileAnAppealIsPendingHoldsTheApplication() {
    Agenda agenda = of(scored(june(), false, i -> { }).appeal("AP1", "2026-07-04T09:00", a -> { }), "E1", APPLICATION);
    assertTrue(keys(item(agenda, AgendaItemKind.OBJECTIONS)).contains("agenda.objections.holdApplication"));
  }

  @ParameterizedTest
  @EnumSource(CommunicationType.class)
  void everyTextRendersInBothLanguages(CommunicationType type) {
    Agenda agenda = type == CommunicationType.RESULT
        ? result(scored(june().hr("HR1"), true, i -> i.purpose(io.perfcomm.core.interview.Purpose.builder()
            .kind(io.perfcomm.core.interview.PurposeKind.DEMOTION).build())).previousImprovementPlan("P0", "2026-05")
            .evaluatorSince("2026-06-01"))
        : of(scored(june(), true, i -> { }).previousImprovementPlan("P0", "2026-05").applied("A1",
            "2026-07-05T10:00", ApplicationAction.values()), "E1", type);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (AgendaFormat format : AgendaFormat.values()) {
        String text = agenda.render(format, locale);
        assertFalse(text.contains("[agenda."), text);
        assertFalse(text.matches("(?s).*\\{\\w+}.*"), text);
      }
    }
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE).contains("分钟"));
  }
}
