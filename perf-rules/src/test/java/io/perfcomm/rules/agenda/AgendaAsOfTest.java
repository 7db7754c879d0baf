package io.perfcomm.rules.agenda;

import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.Response;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.Message;
import io.perfcomm.rules.PerfEngine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An agenda is for the moment asOf (DOMAIN.md §6.1, §7): it is planned on the cycle as it stood then,
 * as the check judges it. What the file records later (the interview held, an objection raised,
 * answered, the result signed) is not there yet, and the agenda says how many events it left out.
 * Interview T1 is on 3 July 2026 10:00; E1 missed I2.
 */
class AgendaAsOfTest {

  /** The day before the interview. */
  private static final String BEFORE = "2026-07-02T18:00";
  /** The day after the interview, before the objection was answered (8 July) and the result signed (9 July). */
  private static final String AFTER = "2026-07-04T09:00";

  private static Objection objectionOnI2(ObjectionStatus status, Optional<String> answeredAt) {
    return Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I2"))
        .raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("the target moved mid-month").status(status)
        .response(answeredAt.map(at -> Response.builder().at(LocalDateTime.parse(at)).text("see the signed sheet").build()))
        .build();
  }

  /** T1 held with the objection on I2; the plan agreed at the end. */
  private static Scenario objected(String asOf, Consumer<Interview.Builder> outcome) {
    return scored(june().asOf(asOf), true, outcome).improvementPlan("P1", "2026-07-03T10:40", p -> { });
  }

  /** The whole story as the file tells it later: answered and resolved on 8 July, the result signed on 9 July. */
  private static Scenario resolvedLater(String asOf) {
    return objected(asOf, i -> i.addObjections(objectionOnI2(ObjectionStatus.RESOLVED, Optional.of("2026-07-08T10:00")))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).signedAt(LocalDateTime.parse("2026-07-09T10:00")).build()));
  }

  /** The same file as it stood on 4 July: the objection open, nothing signed. */
  private static Scenario openOnTheFourth() {
    return objected(AFTER, i -> i.addObjections(objectionOnI2(ObjectionStatus.OPEN, Optional.empty()))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build()));
  }

  /** Each item's kind with its points' keys and its records: the agenda's content, whatever the order of equal points. */
  private static Map<String, Set<String>> content(Agenda agenda) {
    Map<String, Set<String>> content = new TreeMap<>();
    for (AgendaItem item : agenda.items()) {
      Set<String> what = item.points().stream().map(Message::key).collect(Collectors.toCollection(java.util.TreeSet::new));
      what.addAll(item.records());
      content.merge(item.kind() + "/" + item.title().key(), what, (a, b) -> {
        a.addAll(b);
        return a;
      });
    }
    return content;
  }

  @Test
  void anAgendaAskedBeforeTheObjectionWasAnsweredPlansTheFollowUpAsItStoodThen() {
    Agenda later = result(resolvedLater(AFTER));
    assertEquals(List.of(PREPARATION, PURPOSE, OBJECTIONS, CONFIRMATION), kinds(later), "a follow-up on the open objection");
    assertEquals(content(result(openOnTheFourth())), content(later));
    assertTrue(item(later, OBJECTIONS).records().contains("O1"));
  }

  @Test
  void anAgendaAskedBeforeTheObjectionWasAnsweredSaysWhatItLeftOut() {
    Agenda later = result(resolvedLater(AFTER));
    // The answer (8 July) and the signature (9 July); CONTROL's later events are left out of both.
    assertEquals(result(openOnTheFourth()).leftOut() + 2, later.leftOut());
  }

  @Test
  void anAgendaAskedAfterTheObjectionWasResolvedAndSignedHasNothingLeftToFollowUp() {
    Agenda agenda = result(resolvedLater("2026-07-10T09:00"));
    assertTrue(kinds(agenda).contains(RESULT_REVIEW), "nothing open: the whole agenda, as for an interview held cleanly");
  }

  @Test
  void anInterviewHeldAfterTheMomentStillGetsItsResultAgenda() {
    Agenda agenda = result(resolvedLater(BEFORE));
    assertEquals(CommunicationType.RESULT, agenda.type());
    assertEquals("T1", agenda.interview().orElseThrow().value());
    assertTrue(kinds(agenda).containsAll(List.of(PREPARATION, PURPOSE, EMPLOYEE_VIEW, RESULT_REVIEW, OBJECTIONS,
        IMPROVEMENT_PLAN, NEXT_PERIOD, CONFIRMATION)), kinds(agenda).toString());
  }

  @Test
  void anInterviewHeldAfterTheMomentIsPlannedWithoutWhatItLaterRecorded() {
    Agenda later = result(objected(BEFORE, i -> i.addObjections(objectionOnI2(ObjectionStatus.OPEN, Optional.empty()))
        .outcome(Outcome.builder().agreement(Agreement.OBJECTED).build())));
    Agenda notHeld = result(scored(june().asOf(BEFORE), true, i -> i.startedAt(Optional.empty()).endedAt(Optional.empty())
        .outcome(Optional.empty())).improvementPlan("P1", "2026-07-03T10:40", p -> { }));
    assertEquals(content(notHeld), content(later));
    assertFalse(item(later, OBJECTIONS).records().contains("O1"), "raised at the interview, after the moment");
  }

  @Test
  void theLatestInterviewOfAnEmployeeHeldAfterTheMomentStillGetsItsResultAgenda() {
    Agenda agenda = PerfEngine.withDefaults().agenda(resolvedLater(BEFORE).build(), PersonId.of("E1"),
        CommunicationType.RESULT);
    assertEquals("T1", agenda.interview().orElseThrow().value());
    assertTrue(kinds(agenda).contains(RESULT_REVIEW));
  }

  @Test
  void anInterviewOnAScoreGivenAfterTheMomentHasNoAgendaYetAndTheErrorSaysWhy() {
    Cycle cycle = resolvedLater("2026-06-30T18:00").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> result(cycle, "T1"));
    assertTrue(e.getMessage().contains("interview \"T1\"") && e.getMessage().contains("scored on 2026-07-01T10:00"),
        e.getMessage());
  }

  @Test
  void theControlWithNothingAfterTheMomentLeavesNothingOut() {
    Agenda agenda = result(june().asOf("2026-07-30T18:00").build(), "T-CONTROL");
    assertEquals(0, agenda.leftOut());
    assertTrue(agenda.leftOutNote().isEmpty());
    assertFalse(agenda.render(AgendaFormat.TEXT, Locale.ENGLISH).contains("left out"));
  }

  @Test
  void theJsonSaysTheMomentAndHowManyEventsWereLeftOut() throws Exception {
    Agenda agenda = result(resolvedLater(AFTER));
    JsonNode json = new ObjectMapper().readTree(agenda.render(AgendaFormat.JSON, Locale.ENGLISH));
    assertEquals(AFTER, json.get("asOf").asText());
    assertEquals(agenda.leftOut(), json.get("leftOut").asInt());
    assertTrue(agenda.leftOut() > 0);
  }

  @Test
  void theTextAndMarkdownSayHowManyEventsWereLeftOut() {
    Agenda agenda = result(resolvedLater(AFTER));
    String line = agenda.leftOut() + " events dated after this moment were left out as not yet happened";
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.ENGLISH).contains(line));
    assertTrue(agenda.render(AgendaFormat.MARKDOWN, Locale.ENGLISH).contains(line));
    assertTrue(agenda.render(AgendaFormat.TEXT, Locale.SIMPLIFIED_CHINESE).contains("有 " + agenda.leftOut() + " 项"));
  }
}
