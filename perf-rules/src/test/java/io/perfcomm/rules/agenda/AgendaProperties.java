package io.perfcomm.rules.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionId;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Purpose;
import io.perfcomm.core.interview.PurposeKind;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.IndicatorLevel;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Over generated cycles (perf-core has no shared cycle generator in this branch yet, so cycles come
 * from the Scenario builder driven by QuickTheories integers): the minutes add up, the items come in
 * the documented order, and every cited record exists and belongs to the employee.
 */
class AgendaProperties {

  /** What varies in a generated cycle: counts, a bit set of yes/no facts, the planned minutes and the type. */
  record Shape(int indicators, int flags, int plannedMinutes, int type, int moment) {
    boolean flag(int bit) {
      return (flags & (1 << bit)) != 0;
    }

    CommunicationType communicationType() {
      return CommunicationType.values()[type];
    }

    @Override
    public String toString() {
      return "Shape[indicators=" + indicators + ", flags=" + Integer.toBinaryString(flags) + ", planned="
          + plannedMinutes + ", type=" + communicationType() + ", asOf=" + asOf() + "]";
    }

    /** Mid-period, the day before the interview, or a month after the period. */
    String asOf() {
      return List.of("2026-06-17T18:00", "2026-07-02T18:00", "2026-07-30T18:00").get(moment);
    }
  }

  private static Gen<Shape> shapes() {
    return integers().between(0, 4).zip(integers().between(0, (1 << 10) - 1), integers().between(1, 120),
        integers().between(0, CommunicationType.values().length - 1), integers().between(0, 2),
        (n, flags, planned, type, moment) -> new Shape(n, flags, planned, type, moment));
  }

  /** Builds E1's cycle from a shape: indicators missed or met, records, objections, appeals, plans, purposes. */
  static Cycle cycle(Shape s) {
    Scenario scenario = Scenario.month("2026-06").asOf(s.asOf()).employee("CONTROL").followsStandardProcess().hr("HR1")
        .employee("E1");
    if (s.flag(0)) {
      scenario.keyPosition();
    }
    if (s.flag(1)) {
      scenario.evaluatedBy("M2").evaluatorSince("2026-06-10");
    }
    for (int i = 1; i <= s.indicators(); i++) {
      scenario.indicator("I" + i, i % 2 == 0 ? IndicatorLevel.TASK : IndicatorLevel.RESULT, 100.0 / s.indicators());
      scenario.communication(CommunicationType.DAILY, "2026-06-0" + (i + 1) + "T10:00", "I" + i);
      scenario.record("R" + i, "I" + i, "2026-06-" + (10 + i));
    }
    if (s.flag(2)) {
      scenario.previousImprovementPlan("P0", "2026-05");
    }
    boolean scored = s.indicators() > 0 && (s.flag(3) || s.communicationType() == CommunicationType.RESULT);
    if (scored) {
      scenario.scoredAt("2026-07-01T10:00");
      for (int i = 1; i <= s.indicators(); i++) {
        boolean met = !s.flag(4) || i > 1;
        scenario.score("I" + i, met ? 90 : 50, met, "R" + i);
      }
      if (s.flag(5)) {
        scenario.strength("reliable", "R1").weakness("slow reports", "R1");
      }
      PurposeKind purpose = s.flag(6) ? PurposeKind.DISMISSAL : s.flag(7) ? PurposeKind.IMPROVEMENT_WARNING
          : PurposeKind.RESULT_REVIEW;
      scenario.interview("T1", "2026-07-03T10:00", i -> {
        i.plannedMinutes(s.plannedMinutes()).purpose(Purpose.builder().kind(purpose).build());
        if (s.flag(8)) {
          i.addObjections(Objection.builder().id(ObjectionId.of("O1")).indicator(IndicatorId.of("I1"))
              .raisedAt(LocalDateTime.parse("2026-07-03T10:20")).text("unfair").status(ObjectionStatus.OPEN).build());
        }
        if (s.flag(7)) {
          i.addSupport(PersonId.of("HR1"));
        }
      });
      if (s.flag(9)) {
        scenario.appeal("AP1", "2026-07-04T10:00", a -> { });
      }
    }
    return scenario.build();
  }

  private static Agenda agenda(Shape s, Cycle cycle) {
    PerfEngine engine = PerfEngine.withDefaults();
    return s.communicationType() == CommunicationType.RESULT
        ? engine.agenda(cycle, InterviewId.of("T1"))
        : engine.agenda(cycle, PersonId.of("E1"), s.communicationType());
  }

  /**
   * Every id of a record about E1 in the cycle, of any kind: E1's sheets, their indicators (checkpoints
   * cite the indicator a finding is about) and changes, E1's communications and evidence records, E1's
   * evaluations with their interviews, objections and result applications, E1's improvement plans and
   * appeals.
   */
  private static Set<String> recordsOfE1(Cycle cycle) {
    PersonId e1 = PersonId.of("E1");
    Set<String> ids = new HashSet<>();
    Set<SheetId> sheets = new HashSet<>();
    cycle.sheets().stream().filter(x -> x.employee().equals(e1)).forEach(x -> {
      sheets.add(x.id());
      ids.add(x.id().value());
      x.indicators().forEach(i -> ids.add(i.id().value()));
    });
    cycle.indicatorChanges().stream().filter(x -> sheets.contains(x.sheet())).forEach(x -> ids.add(x.id().value()));
    cycle.communications().stream().filter(x -> x.employee().equals(e1)).forEach(x -> ids.add(x.id().value()));
    cycle.records().stream().filter(x -> x.employee().equals(e1)).forEach(x -> ids.add(x.id().value()));
    cycle.evaluations().stream().filter(x -> x.employee().equals(e1)).forEach(v -> {
      ids.add(v.id().value());
      cycle.interviews().stream().filter(t -> t.evaluation().equals(v.id())).forEach(t -> {
        ids.add(t.id().value());
        t.objections().forEach(o -> ids.add(o.id().value()));
      });
      cycle.applications().stream().filter(a -> a.evaluation().equals(v.id())).forEach(a -> ids.add(a.id().value()));
    });
    cycle.improvementPlans().stream().filter(x -> x.employee().equals(e1)).forEach(x -> ids.add(x.id().value()));
    cycle.appeals().stream().filter(x -> x.employee().equals(e1)).forEach(x -> ids.add(x.id().value()));
    return ids;
  }

  /**
   * A RESULT agenda is for an interview on a score given by the moment: there is none before the
   * score (1 July), so mid-period has none (AgendaAsOfTest shows the refusal).
   */
  private static boolean usable(Shape s) {
    return s.communicationType() != CommunicationType.RESULT || s.indicators() > 0 && !s.asOf().startsWith("2026-06");
  }

  @Test
  void minutesAlwaysAddUpAndNoItemHasNone() {
    qt().withExamples(60).forAll(shapes()).assuming(AgendaProperties::usable).checkAssert(s -> {
      Agenda agenda = agenda(s, cycle(s));
      assertEquals(agenda.plannedMinutes(), agenda.items().stream().mapToInt(AgendaItem::minutes).sum());
      assertTrue(agenda.items().stream().allMatch(i -> i.minutes() >= 1));
      int expected = s.communicationType() == CommunicationType.RESULT ? s.plannedMinutes()
          : List.of(30, 20, 15, 0, 20).get(List.of(CommunicationType.INDICATOR, CommunicationType.ROLE,
              CommunicationType.DAILY, CommunicationType.RESULT, CommunicationType.APPLICATION).indexOf(s.communicationType()));
      assertEquals(Math.max(expected, agenda.items().size()), agenda.plannedMinutes());
    });
  }

  @Test
  void itemsAlwaysComeInTheDocumentedOrder() {
    qt().withExamples(60).forAll(shapes()).assuming(AgendaProperties::usable).checkAssert(s -> {
      Agenda agenda = agenda(s, cycle(s));
      List<AgendaItem> items = agenda.items();
      for (int i = 1; i < items.size(); i++) {
        AgendaItemKind before = items.get(i - 1).kind();
        AgendaItemKind after = items.get(i).kind();
        assertTrue(before.compareTo(after) <= 0, before + " before " + after);
        boolean repeatable = after == AgendaItemKind.RESULT_REVIEW || after == AgendaItemKind.PROGRESS
            || after == AgendaItemKind.INDICATORS || after == AgendaItemKind.PLAN_FOLLOW_UP;
        assertTrue(before != after || repeatable, "repeated " + after);
      }
      assertTrue(agenda.items().get(0).kind() == AgendaItemKind.PREPARATION
          || agenda.items().get(0).kind() == AgendaItemKind.PURPOSE);
      if (s.communicationType() == CommunicationType.RESULT) {
        assertEquals(AgendaItemKind.PREPARATION, agenda.items().get(0).kind(), "a result interview is always prepared");
        // The employee speaks first; a dismissal or demotion states the decision first; a follow-up
        // goes straight to what is open (DOMAIN.md §7.1).
        AgendaItemKind first = items.stream().map(AgendaItem::kind)
            .filter(k -> k != AgendaItemKind.PREPARATION && k != AgendaItemKind.PURPOSE && k != AgendaItemKind.ROLES)
            .findFirst().orElseThrow();
        boolean followUp = items.stream().filter(i -> i.kind() == AgendaItemKind.PURPOSE)
            .flatMap(i -> i.points().stream()).anyMatch(p -> p.key().equals("agenda.purpose.followUp"));
        if (followUp) {
          assertFalse(items.stream().anyMatch(i -> i.kind() == AgendaItemKind.EMPLOYEE_VIEW), "a follow-up replays nothing");
        } else {
          assertTrue(first == AgendaItemKind.EMPLOYEE_VIEW || first == AgendaItemKind.DECISION, "the employee speaks first");
        }
      }
      if (s.communicationType() == CommunicationType.RESULT) {
        assertEquals(AgendaItemKind.CONFIRMATION, items.get(items.size() - 1).kind());
      }
    });
  }

  @Test
  void everyCitedRecordExistsAndBelongsToTheEmployee() {
    qt().withExamples(60).forAll(shapes()).assuming(AgendaProperties::usable).checkAssert(s -> {
      Cycle cycle = cycle(s);
      Set<String> own = recordsOfE1(cycle);
      for (AgendaItem item : agenda(s, cycle).items()) {
        List<String> unknown = item.records().stream().filter(id -> !own.contains(id)).toList();
        assertTrue(unknown.isEmpty(), item.kind() + " cites " + unknown + ", not among E1's records " + own);
      }
    });
  }

  /** The argument names that label a date as past (DOMAIN.md §7: never a past date promised). */
  static final Set<String> LABELLED_PAST = Set.of("signedAt", "raisedAt", "filedAt", "appliedAt", "doneOn", "heldAt",
      "notifiedAt", "approvedAt", "startedOn", "since", "last", "effectiveFrom", "weekFrom", "overdueSince", "asOf");

  @Test
  void noDateBeforeTheMomentUnlessLabelledPast() {
    qt().withExamples(60).forAll(shapes()).assuming(AgendaProperties::usable).checkAssert(s -> {
      Agenda agenda = agenda(s, cycle(s));
      List<Message> messages = new ArrayList<>(List.of(agenda.heading(), agenda.subheading()));
      agenda.items().forEach(i -> {
        messages.add(i.title());
        // A finding's own wording is the check's, about a breach it judged at the same moment.
        i.points().stream().filter(p -> !p.key().equals(Agendas.FINDING)).forEach(messages::add);
      });
      messages.forEach(m -> assertDates(m, agenda.asOf(), s));
    });
  }

  private static void assertDates(Message message, LocalDateTime asOf, Shape s) {
    message.arguments().forEach((name, value) -> assertDate(message.key(), name, value, asOf, s));
  }

  private static void assertDate(String key, String name, Object value, LocalDateTime asOf, Shape s) {
    if (value instanceof Message nested) {
      assertDates(nested, asOf, s);
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> assertDate(key, name, v, asOf, s));
    } else if (value instanceof java.util.Optional<?> optional) {
      optional.ifPresent(v -> assertDate(key, name, v, asOf, s));
    } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
      boolean past = value instanceof LocalDate day ? day.isBefore(asOf.toLocalDate()) : ((LocalDateTime) value).isBefore(asOf);
      assertTrue(!past || LABELLED_PAST.contains(name), key + " shows {" + name + "} = " + value + ", before " + asOf
          + " and not labelled past, in " + s);
      if (name.equals("overdueSince")) {
        assertTrue(past, key + ": overdue since " + value + " is not before " + asOf);
      }
    }
  }
}
