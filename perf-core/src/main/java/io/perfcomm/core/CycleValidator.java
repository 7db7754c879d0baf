package io.perfcomm.core;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.evaluation.Remark;
import io.perfcomm.core.evaluation.Score;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.objective.SheetId;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.policy.Policy;
import io.perfcomm.core.policy.PolicyProblems;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.Survey;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.organisation.Role;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds every structural problem of a cycle: unique ids, resolving references, times ordered
 * within a record, values in range and the format version. Process rules are not checked here.
 */
final class CycleValidator {

  /** A year, leap day included: the longest period docs/format.md allows. */
  private static final int MAX_PERIOD_DAYS = 366;

  private final Cycle cycle;
  private final List<Problem> problems = new ArrayList<>();
  private Map<SheetId, IndicatorSheet> sheetsById;
  private Map<String, String> indicatorNames;

  private CycleValidator(Cycle cycle) {
    this.cycle = cycle;
  }

  static List<Problem> problems(Cycle cycle) {
    CycleValidator validator = new CycleValidator(cycle);
    validator.validate();
    return List.copyOf(validator.problems);
  }

  private void validate() {
    if (!Cycle.FORMAT.equals(cycle.format())) {
      top("format", "format \"" + cycle.format() + "\" is not supported; expected \"" + Cycle.FORMAT + "\"");
    }
    if (cycle.period().end().isBefore(cycle.period().start())) {
      top("period", "end " + cycle.period().end() + " is before start " + cycle.period().start());
    } else if (ChronoUnit.DAYS.between(cycle.period().start(), cycle.period().end()) + 1 > MAX_PERIOD_DAYS) {
      top("period", "period " + cycle.period().start() + " – " + cycle.period().end() + " is longer than "
          + MAX_PERIOD_DAYS + " days");
    }
    checkPolicy("policy", cycle.policy());
    cycle.policy().departments().keySet().stream()
        .filter(id -> !ids(cycle.departments(), d -> d.id().value()).contains(id.value()))
        .forEach(id -> top("policy", "departments." + id + " names no department"));

    Set<String> departments = unique("departments", cycle.departments(), d -> d.id().value());
    Set<String> positions = unique("positions", cycle.positions(), p -> p.id().value());
    Set<String> people = unique("people", cycle.people(), p -> p.id().value());
    Set<String> sheets = unique("sheets", cycle.sheets(), s -> s.id().value());
    Set<String> indicators = uniqueIndicators();
    unique("absences", cycle.absences(), a -> a.id().value());
    unique("indicatorChanges", cycle.indicatorChanges(), c -> c.id().value());
    Set<String> communications = unique("communications", cycle.communications(), c -> c.id().value());
    Set<String> records = unique("records", cycle.records(), r -> r.id().value());
    Set<String> evaluations = unique("evaluations", cycle.evaluations(), e -> e.id().value());
    unique("interviews", cycle.interviews(), i -> i.id().value());
    Set<String> objections = uniqueObjections();
    Set<String> plans = unique("improvementPlans", cycle.improvementPlans(), p -> p.id().value());
    unique("appeals", cycle.appeals(), a -> a.id().value());
    unique("applications", cycle.applications(), a -> a.id().value());
    unique("certifications", cycle.certifications(), c -> c.id().value());
    Set<String> evidence = new HashSet<>(records);
    evidence.addAll(communications);

    forEach("departments", cycle.departments(), d -> d.id().value(), (at, d) -> at.name(d.name()));
    forEach("positions", cycle.positions(), p -> p.id().value(), (at, p) -> {
      at.name(p.name());
      at.ref("department", p.department().value(), departments, "department");
    });
    forEach("people", cycle.people(), p -> p.id().value(), (at, p) -> {
      at.name(p.name());
      at.ref("department", p.department().value(), departments, "department");
      p.position().ifPresent(id -> at.ref("position", id.value(), positions, "position"));
      if (p.hiredOn().isPresent() && p.leftOn().filter(left -> left.isBefore(p.hiredOn().get())).isPresent()) {
        at.problem("leftOn", "leftOn " + p.leftOn().get() + " is before hiredOn " + p.hiredOn().get());
      }
      p.evaluator().ifPresent(id -> {
        at.ref("evaluator", id.value(), people, "person");
        if (id.equals(p.id())) {
          at.problem("evaluator", "evaluator " + id + " is the person themself");
        } else {
          cycle.person(id).filter(e -> !e.effectiveRoles().contains(Role.EVALUATOR)).ifPresent(e ->
              at.problem("evaluator", "evaluator " + id + " does not have the EVALUATOR role"));
          circle(p).ifPresent(circle -> at.problem("evaluator", "evaluator relations form a circle: " + circle));
        }
      });
    });
    forEach("absences", cycle.absences(), a -> a.id().value(), (at, a) -> {
      at.ref("person", a.person().value(), people, "person");
      if (a.to().isBefore(a.from())) {
        at.problem("to", "to " + a.to() + " is before from " + a.from());
      }
    });
    forEach("sheets", cycle.sheets(), s -> s.id().value(), (at, s) -> {
      at.employee("employee", s.employee());
      for (int i = 0; i < s.indicators().size(); i++) {
        Indicator indicator = s.indicators().get(i);
        String field = "indicators[" + i + "]";
        // Each problem names the indicator by id and name: a reader finds it so, not by its place in the list.
        At in = at.about(indicator(indicator.id().value()));
        in.name(field + ".name", indicator.name());
        in.length(field + ".id", indicator.id().value(), Limits.MAX_ID_LENGTH, "an id");
        if (!(indicator.weight() >= 0) || Double.isInfinite(indicator.weight())) {
          in.problem(field + ".weight", field + ".weight " + number(indicator.weight()) + " is negative or not a number");
        }
        indicator.approvedBy().ifPresent(id -> in.ref(field + ".approvedBy", id.value(), people, "person"));
        indicator.determinedBy().ifPresent(id -> in.ref(field + ".determinedBy", id.value(), people, "person"));
      }
    });
    forEach("indicatorChanges", cycle.indicatorChanges(), c -> c.id().value(), (at, c) -> {
      at.ref("sheet", c.sheet().value(), sheets, "sheet");
      Optional<IndicatorSheet> sheet = Optional.ofNullable(sheetsById().get(c.sheet()));
      sheet.filter(s -> s.indicators().stream().noneMatch(i -> i.id().equals(c.indicator())))
          .ifPresent(s -> at.problem("indicator", "indicator " + c.indicator() + " is not on sheet " + s.id()));
      c.reconfirmedAt().ifPresent(t -> at.notBefore("reconfirmedAt", t, "changedAt", c.changedAt()));
      c.newWeight().filter(w -> !(w >= 0) || Double.isInfinite(w)).ifPresent(w ->
          at.about(indicator(c.indicator().value()) + " on sheet " + Limits.quoted(c.sheet().value()))
              .problem("newWeight", "newWeight " + number(w) + " is negative or not a number"));
    });
    forEach("communications", cycle.communications(), c -> c.id().value(), (at, c) -> {
      at.ref("employee", c.employee().value(), people, "person");
      at.ref("evaluator", c.evaluator().value(), people, "person");
      c.indicators().forEach(id -> at.ref("indicators", id.value(), indicators, "indicator"));
      c.followsUpPlan().ifPresent(id -> at.ref("followsUpPlan", id.value(), plans, "improvement plan"));
    });
    forEach("records", cycle.records(), r -> r.id().value(), (at, r) -> {
      at.ref("employee", r.employee().value(), people, "person");
      r.indicator().ifPresent(id -> at.ref("indicator", id.value(), indicators, "indicator"));
    });
    forEach("evaluations", cycle.evaluations(), e -> e.id().value(), (at, e) -> {
      at.employee("employee", e.employee());
      at.ref("evaluator", e.evaluator().value(), people, "person");
      for (int i = 0; i < e.scores().size(); i++) {
        Score score = e.scores().get(i);
        String field = "scores[" + i + "]";
        at.ref(field + ".indicator", score.indicator().value(), indicators, "indicator");
        if (!Double.isFinite(score.score())) {
          at.about(indicator(score.indicator().value())).problem(field + ".score", field + ".score " + score.score()
              + " is not a number");
        }
        evidence(at, field, score.evidence(), evidence);
      }
      remarks(at, "strengths", e.strengths(), evidence);
      remarks(at, "weaknesses", e.weaknesses(), evidence);
    });
    forEach("interviews", cycle.interviews(), i -> i.id().value(), (at, i) -> interview(at, i, evaluations, people, indicators, plans));
    forEach("improvementPlans", cycle.improvementPlans(), p -> p.id().value(), (at, p) -> {
      at.ref("employee", p.employee().value(), people, "person");
      p.owner().ifPresent(id -> at.ref("owner", id.value(), people, "person"));
      p.agreedAt().ifPresent(agreed -> p.closedAt().ifPresent(closed -> at.notBefore("closedAt", closed, "agreedAt", agreed)));
    });
    forEach("appeals", cycle.appeals(), a -> a.id().value(), (at, a) -> {
      at.employee("employee", a.employee());
      at.ref("evaluation", a.evaluation().value(), evaluations, "evaluation");
      cycle.evaluation(a.evaluation()).filter(v -> !v.employee().equals(a.employee())).ifPresent(v ->
          at.problem("employee", "employee " + a.employee() + " is not the employee " + v.employee()
              + " of evaluation " + v.id()));
      a.objection().ifPresent(id -> at.ref("objection", id.value(), objections, "objection"));
      a.decision().ifPresent(d -> {
        at.notBefore("decision.at", d.at(), "filedAt", a.filedAt());
        d.communicatedAt().ifPresent(t -> at.notBefore("decision.communicatedAt", t, "decision.at", d.at()));
      });
    });
    forEach("applications", cycle.applications(), a -> a.id().value(), (at, a) ->
        at.ref("evaluation", a.evaluation().value(), evaluations, "evaluation"));
    forEach("certifications", cycle.certifications(), c -> c.id().value(), (at, c) -> {
      at.ref("evaluator", c.evaluator().value(), people, "person");
      if (c.attempt() < 1) {
        at.problem("attempt", "attempt " + c.attempt() + " is below 1");
      }
      for (int i = 0; i < c.surveys().size(); i++) {
        Survey survey = c.surveys().get(i);
        if (!(survey.score() >= 0 && survey.score() <= 100)) {
          at.problem("surveys[" + i + "].score", "surveys[" + i + "].score " + survey.score() + " is outside 0–100");
        }
      }
    });
  }

  private void interview(At at, Interview i, Set<String> evaluations, Set<String> people, Set<String> indicators, Set<String> plans) {
    at.ref("evaluation", i.evaluation().value(), evaluations, "evaluation");
    i.plannedMinutes().filter(m -> m <= 0).ifPresent(m -> at.problem("plannedMinutes", "plannedMinutes " + m + " is not above 0"));
    if (i.endedAt().isPresent() && i.startedAt().isEmpty()) {
      at.problem("endedAt", "endedAt " + i.endedAt().get() + " is given without startedAt");
    }
    i.startedAt().ifPresent(start -> i.endedAt().ifPresent(end -> at.notBefore("endedAt", end, "startedAt", start)));
    i.support().forEach(id -> at.ref("support", id.value(), people, "person"));
    i.improvementPlan().ifPresent(id -> at.ref("improvementPlan", id.value(), plans, "improvement plan"));
    for (int k = 0; k < i.objections().size(); k++) {
      Objection objection = i.objections().get(k);
      String field = "objections[" + k + "]";
      objection.indicator().ifPresent(id -> at.ref(field + ".indicator", id.value(), indicators, "indicator"));
      objection.response().ifPresent(r -> at.notBefore(field + ".response.at", r.at(), "raisedAt", objection.raisedAt()));
    }
  }

  /**
   * The circle of evaluator relations a person stands in, written {@code A → B → A}, if any; only
   * the person with the smallest id in the circle reports it, so one circle is one problem.
   */
  private Optional<String> circle(Person start) {
    List<PersonId> chain = new ArrayList<>();
    Set<PersonId> seen = new HashSet<>();
    Optional<Person> current = Optional.of(start);
    while (current.isPresent() && seen.add(current.get().id())) {
      chain.add(current.get().id());
      current = current.get().evaluator().flatMap(cycle::person);
    }
    if (current.isEmpty() || !current.get().id().equals(start.id())) {
      return Optional.empty();
    }
    boolean smallest = chain.stream().allMatch(id -> start.id().value().compareTo(id.value()) <= 0);
    if (!smallest) {
      return Optional.empty();
    }
    chain.add(start.id());
    return Optional.of(chain.stream().map(PersonId::value).collect(Collectors.joining(" → ")));
  }

  /** An indicator as a problem names it: {@code indicator KPI-2 "大客户回款额"}, the name from the sheet that has it. */
  private String indicator(String id) {
    return Problem.element("indicator", id, Optional.ofNullable(indicatorNames().get(id)));
  }

  /** A number as the file writes it: {@code -30}, not {@code -30.0}. */
  private static String number(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  private void remarks(At at, String field, List<Remark> remarks, Set<String> evidence) {
    for (int i = 0; i < remarks.size(); i++) {
      evidence(at, field + "[" + i + "]", remarks.get(i).evidence(), evidence);
    }
  }

  private void evidence(At at, String field, List<EvidenceId> ids, Set<String> evidence) {
    ids.forEach(id -> at.ref(field + ".evidence", id.value(), evidence, "record or communication"));
  }

  private void checkPolicy(String where, Policy policy) {
    PolicyProblems.of(policy).forEach(problem -> top(where, problem));
  }

  private Map<String, String> indicatorNames() {
    if (indicatorNames == null) {
      // Built once, and only for a problem to name: most cycles have none.
      indicatorNames = new HashMap<>();
      cycle.sheets().forEach(s -> s.indicators().forEach(i -> indicatorNames.putIfAbsent(i.id().value(), i.name())));
    }
    return indicatorNames;
  }

  private Map<SheetId, IndicatorSheet> sheetsById() {
    if (sheetsById == null) {
      // Built once: a lookup per indicator change would be quadratic on large cycles.
      sheetsById = new HashMap<>();
      cycle.sheets().forEach(s -> sheetsById.putIfAbsent(s.id(), s));
    }
    return sheetsById;
  }

  private Set<String> uniqueIndicators() {
    Set<String> seen = new HashSet<>(cycle.sheets().size() * 8);
    forEach("sheets", cycle.sheets(), s -> s.id().value(), (at, s) -> {
      for (int i = 0; i < s.indicators().size(); i++) {
        String id = s.indicators().get(i).id().value();
        if (!seen.add(id)) {
          at.problem("indicators[" + i + "].id", "indicators[" + i + "].id " + id + " is used by another indicator");
        }
      }
    });
    return seen;
  }

  private Set<String> uniqueObjections() {
    Set<String> seen = new HashSet<>();
    forEach("interviews", cycle.interviews(), i -> i.id().value(), (at, interview) -> {
      for (int k = 0; k < interview.objections().size(); k++) {
        String id = interview.objections().get(k).id().value();
        if (!seen.add(id)) {
          at.problem("objections[" + k + "].id", "objections[" + k + "].id " + id + " is used by another objection");
        }
      }
    });
    return seen;
  }

  private <T> Set<String> unique(String kind, List<T> records, Function<T, String> id) {
    // Sized up front: rehashing dominated building cycles of many thousand employees.
    Set<String> seen = new HashSet<>(records.size() * 2);
    forEach(kind, records, id, (at, record) -> {
      at.length("id", id.apply(record), Limits.MAX_ID_LENGTH, "an id");
      if (!seen.add(id.apply(record))) {
        at.problem("id", "id " + id.apply(record) + " is used by another record of " + kind);
      }
    });
    return seen;
  }

  private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
    return records.stream().map(id).collect(Collectors.toSet());
  }

  private <T> void forEach(String kind, List<T> records, Function<T, String> id, RecordCheck<T> check) {
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      check.check(new At(kind, i, id.apply(record)), record);
    }
  }

  private void top(String field, String reason) {
    problems.add(Problem.of(field, Optional.empty(), field, reason));
  }

  /** Checks one record, reporting through {@link At}. */
  private interface RecordCheck<T> {
    void check(At at, T record);
  }

  /** Reports problems of one record. */
  private final class At {
    // The record's name is only spelled out for a problem: most records have none.
    private final String kind;
    private final int index;
    private final String id;
    private final Optional<String> element;

    At(String kind, int index, String id) {
      this(kind, index, Limits.quoted(id), Optional.empty());
    }

    private At(String kind, int index, String id, Optional<String> element) {
      this.kind = kind;
      this.index = index;
      // An overlong id is reported once, and quoted short wherever the record is named.
      this.id = id;
      this.element = element;
    }

    /** The same record, its problems about one element of it, named after the reason as the reader finds it. */
    At about(String element) {
      return new At(kind, index, id, Optional.of(element));
    }

    void name(String name) {
      name("name", name);
    }

    void name(String field, String name) {
      length(field, name, Limits.MAX_NAME_LENGTH, "a name");
    }

    /** A value over its bound: a name is repeated in every finding, so its length is what output costs. */
    void length(String field, String value, int max, String what) {
      if (value.length() > max) {
        problem(field, field + " is " + value.length() + " characters long; " + what + " may have at most " + max);
      }
    }

    void problem(String field, String reason) {
      problems.add(Problem.of(kind + "[" + index + "]", Optional.of(id), field,
          element.map(e -> reason + " (" + e + ")").orElse(reason)));
    }

    /** A reference to a person who must be evaluated: resolves and has the EMPLOYEE role. */
    void employee(String field, PersonId id) {
      Optional<Person> person = cycle.person(id);
      if (person.isEmpty()) {
        problem(field, field + " " + id + " names no person");
      } else if (!person.get().isEmployee()) {
        problem(field, field + " " + id + " does not have the EMPLOYEE role");
      }
    }

    void ref(String field, String value, Set<String> known, String kind) {
      if (!known.contains(value)) {
        problem(field, field + " " + Limits.quoted(value) + " names no " + kind);
      }
    }

    void notBefore(String field, LocalDateTime value, String otherField, LocalDateTime other) {
      if (value.isBefore(other)) {
        problem(field, field + " " + value + " is before " + otherField + " " + other);
      }
    }
  }

}
