package io.perfcomm.rules.agenda;

import static io.perfcomm.core.communication.CommunicationType.DAILY;
import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.rules.agenda.AgendaItemKind.*;
import static io.perfcomm.rules.agenda.Agendas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Findings of the check about the employee become talking points of the item they concern. */
class FindingPointTest {

  /** A host checkpoint that, like EVA-02, says an indicator's evidence is all from the period's last days. */
  private static final String LAST_MINUTE = "package com.acme.perf;\n"
      + "import io.perfcomm.rules.Finding;\n"
      + "import io.perfcomm.rules.fact.Employee;\n"
      + "import io.perfcomm.core.evaluation.Evaluation;\n"
      + "import io.perfcomm.core.evaluation.Score;\n"
      + "rule \"ACME-02 evidence all from the last days\"\n"
      + "when\n"
      + "  $e : Employee()\n"
      + "  $v : Evaluation(employee == $e.id())\n"
      + "  $s : Score(targetMet == false) from $v.scores()\n"
      + "then\n"
      + "  insert(Finding.warning(\"ACME-02\").employee($e.id()).evaluator($v.evaluator())\n"
      + "      .arg(\"indicator\", $s.indicator()).arg(\"days\", 3).evidence($s.evidence()).build());\n"
      + "end\n";

  private static final PerfEngine ACME = PerfEngine.builder().addRules("acme.drl", LAST_MINUTE).build();

  private static Scenario oneCheckIn() {
    return june().employee("E1").indicator("I1", RESULT, 100)
        .communication(DAILY, "2026-06-10T10:00", "I1").record("R1", "I1", "2026-06-10")
        .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").interview("T1", "2026-07-03T10:00");
  }

  // oneCheckIn() breaches COM-02 (one communication where two are required) and other checkpoints too
  // (EVA-03: no strength or weakness named, ...): each test looks for the finding it is about.

  @Test
  void findingWithoutIndicatorBecomesAPointOfThePurpose() {
    Cycle cycle = oneCheckIn().build();
    AgendaItem purpose = item(result(cycle, "T1"), PURPOSE);
    List<Text> com02 = findingPoints(purpose, "COM-02");
    assertEquals(1, com02.size(), purpose.points().toString());
    Text point = com02.get(0);
    assertEquals("COM-02.message", ((Text) point.arguments().get("message")).key());
    assertEquals(1, ((Text) point.arguments().get("message")).arguments().get("count"));
    assertTrue(purpose.records().containsAll(List.of("C-E1-1", "V-E1")));
    assertEquals(com02, findingPoints(result(cycle, "T1"), "COM-02"), "COM-02 is a point of PURPOSE only");
  }

  @Test
  void findingIsRenderedWithItsOwnMessage() {
    Agenda agenda = result(oneCheckIn());
    Text point = findingPoints(item(agenda, PURPOSE), "COM-02").get(0);
    String text = agenda.render(point, Locale.ENGLISH);
    assertTrue(text.startsWith("Process check COM-02: E1 had 1 communication in"), text);
    String chinese = agenda.render(point, Locale.SIMPLIFIED_CHINESE);
    assertTrue(chinese.startsWith("流程检查 COM-02：被考核者E1于"), chinese);
  }

  @Test
  void findingAboutAnIndicatorBecomesAPointOfItsReview() {
    Agenda agenda = ACME.agenda(scored(june(), true, i -> { }).build(), InterviewId.of("T1"));
    AgendaItem i2 = items(agenda, RESULT_REVIEW).get(1);
    assertEquals("I2", i2.title().arguments().get("indicator").toString());
    assertEquals(1, findingPoints(i2, "ACME-02").size(), keys(i2).toString());
    assertEquals(findingPoints(i2, "ACME-02"), findingPoints(agenda, "ACME-02"), "ACME-02 is a point of I2's review only");
    assertTrue(findingPoints(items(agenda, RESULT_REVIEW).get(0), "ACME-02").isEmpty());
    assertTrue(findingPoints(item(agenda, PURPOSE), "ACME-02").isEmpty());
  }

  @Test
  void findingAboutAnIndicatorBecomesAPointOfItsProgressInACheckIn() {
    Agenda agenda = ACME.agenda(scored(june(), true, i -> { }).build(), PersonId.of("E1"), DAILY);
    assertEquals(1, findingPoints(items(agenda, PROGRESS).get(1), "ACME-02").size());
    assertEquals(1, findingPoints(agenda, "ACME-02").size());
  }

  /** A host checkpoint naming an open objection's indicator, which an objection may lack: an Optional argument. */
  private static final String OPEN_OBJECTION = "package com.acme.perf;\n"
      + "import io.perfcomm.rules.Finding;\n"
      + "import io.perfcomm.rules.fact.Employee;\n"
      + "import io.perfcomm.core.evaluation.Evaluation;\n"
      + "import io.perfcomm.core.interview.Interview;\n"
      + "import io.perfcomm.core.interview.Objection;\n"
      + "import io.perfcomm.core.interview.ObjectionStatus;\n"
      + "rule \"ACME-07 open objection\"\n"
      + "when\n"
      + "  $e : Employee()\n"
      + "  $v : Evaluation(employee == $e.id())\n"
      + "  $i : Interview(evaluation == $v.id())\n"
      + "  $o : Objection(status == ObjectionStatus.OPEN) from $i.objections()\n"
      + "then\n"
      + "  insert(Finding.warning(\"ACME-07\").employee($e.id()).evaluator($v.evaluator())\n"
      + "      .arg(\"indicator\", $o.indicator()).evidence($i.id(), $o.id()).build());\n"
      + "end\n";

  @Test
  void findingNamingAnOptionalIndicatorBecomesAPointOfItsReview() {
    Objection open = Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I2"))
        .raisedAt(LocalDateTime.parse("2026-07-03T10:30")).text("the target moved mid-month")
        .status(ObjectionStatus.OPEN).build();
    Cycle cycle = scored(june(), true, i -> i.addObjections(open)).build();
    Agenda agenda = PerfEngine.builder().addRules("acme-objection.drl", OPEN_OBJECTION).build()
        .agenda(cycle, InterviewId.of("T1"));
    AgendaItem i2 = items(agenda, RESULT_REVIEW).get(1);
    assertEquals(1, findingPoints(i2, "ACME-07").size(), keys(i2).toString());
    assertEquals(1, findingPoints(agenda, "ACME-07").size());
    assertTrue(i2.records().contains("O1"));
  }

  @Test
  void findingOfADisabledCheckpointIsNoPoint() {
    Agenda enabled = result(oneCheckIn());
    Agenda disabled = result(oneCheckIn().policy(p -> p.addDisabled("COM-02")));
    assertEquals(1, findingPoints(enabled, "COM-02").size());
    assertTrue(findingPoints(disabled, "COM-02").isEmpty());
    // only COM-02 is silenced: the other checkpoints' findings are still points
    List<String> others = findingCheckpoints(item(enabled, PURPOSE));
    others.remove("COM-02");
    assertFalse(others.isEmpty());
    assertEquals(others, findingCheckpoints(item(disabled, PURPOSE)));
  }

  @Test
  void controlEmployeeByTheBookHasNoFindingPoints() {
    Agenda agenda = result(june().build(), "T-CONTROL");
    assertTrue(agenda.items().stream().flatMap(i -> i.points().stream()).noneMatch(p -> p.key().equals("agenda.finding")));
  }
}
