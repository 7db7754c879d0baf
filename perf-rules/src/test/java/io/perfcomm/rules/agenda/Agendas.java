package io.perfcomm.rules.agenda;

import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
import static io.perfcomm.core.objective.IndicatorLevel.TASK;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.rules.Message;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Shared fixtures of the agenda tests: a scenario with a CONTROL employee, and ways to look into an agenda. */
final class Agendas {

  private Agendas() {}

  /** June 2026 with a CONTROL employee who followed the standard process. */
  static Scenario june() {
    return Scenario.month("2026-06").employee("CONTROL").followsStandardProcess();
  }

  /**
   * Employee E1 scored on two indicators (I1 result-level met, I2 task-level met unless {@code missI2}),
   * with evidence, a strength and a weakness, two check-ins, and interview T1 (45 minutes) customised by
   * {@code interview}.
   */
  static Scenario scored(Scenario scenario, boolean missI2, Consumer<Interview.Builder> interview) {
    return scenario.employee("E1").indicator("I1", RESULT, 60).indicator("I2", TASK, 40)
        .communication(CommunicationType.DAILY, "2026-06-08T10:00", "I1")
        .communication(CommunicationType.DAILY, "2026-06-18T10:00", "I2")
        .record("R1", "I1", "2026-06-08").record("R2", "I2", "2026-06-18")
        .scoredAt("2026-07-01T10:00").score("I1", 90, true, "R1").score("I2", missI2 ? 55 : 85, !missI2, "R2")
        .strength("keeps the key accounts", "R1").weakness("late weekly reports", "R2")
        .interview("T1", "2026-07-03T10:00", interview);
  }

  static Agenda result(Scenario scenario) {
    return result(scenario.build(), "T1");
  }

  static Agenda result(Cycle cycle, String interview) {
    return PerfEngine.withDefaults().agenda(cycle, InterviewId.of(interview));
  }

  static Agenda of(Scenario scenario, String employee, CommunicationType type) {
    return PerfEngine.withDefaults().agenda(scenario.build(), PersonId.of(employee), type);
  }

  static List<AgendaItemKind> kinds(Agenda agenda) {
    return agenda.items().stream().map(AgendaItem::kind).collect(Collectors.toList());
  }

  static List<AgendaItem> items(Agenda agenda, AgendaItemKind kind) {
    return agenda.items().stream().filter(i -> i.kind() == kind).collect(Collectors.toList());
  }

  static AgendaItem item(Agenda agenda, AgendaItemKind kind) {
    List<AgendaItem> items = items(agenda, kind);
    if (items.size() != 1) {
      throw new AssertionError("expected one " + kind + " item, got " + items.size() + " in " + kinds(agenda));
    }
    return items.get(0);
  }

  static List<String> keys(AgendaItem item) {
    return item.points().stream().map(Message::key).collect(Collectors.toList());
  }

  /** The key of the points made of the check's findings: PREPARATION only. */
  static final String FINDING = "agenda.preparation.finding";

  /** The keys of the item's own points, without those made of findings. */
  static List<String> ownKeys(AgendaItem item) {
    return keys(item).stream().filter(k -> !k.equals(FINDING)).collect(Collectors.toList());
  }

  /** The checkpoints whose findings became points of the item. */
  static List<String> findingCheckpoints(AgendaItem item) {
    return item.points().stream().filter(p -> p.key().equals(FINDING))
        .map(p -> (String) p.arguments().get("checkpoint")).collect(Collectors.toList());
  }

  /** The point of an item with a key. */
  static Message point(AgendaItem item, String key) {
    return item.points().stream().filter(p -> p.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no point " + key + " in " + item.kind() + ": " + keys(item)));
  }
}
