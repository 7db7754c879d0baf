package io.perfcomm.core;

import io.perfcomm.core.appeal.Appeal;
import io.perfcomm.core.appeal.AppealStatus;
import io.perfcomm.core.appeal.Decision;
import io.perfcomm.core.appeal.ResultApplication;
import io.perfcomm.core.communication.Communication;
import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.interview.Agreement;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.Objection;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.interview.Outcome;
import io.perfcomm.core.interview.ImprovementPlan;
import io.perfcomm.core.interview.PlanAction;
import io.perfcomm.core.objective.Indicator;
import io.perfcomm.core.objective.IndicatorChange;
import io.perfcomm.core.objective.IndicatorSheet;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.Survey;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cycle as it stood at {@code asOf} (DOMAIN.md §6.1): what was recorded by then, and how many
 * events dated after it were left out as not yet happened. A talk, a record, a sheet's signature, a
 * score, an interview held, an objection raised or answered, a result signed, an application, an
 * appeal filed or decided dated after {@code asOf} is not seen; nor is an indicator's approval, a
 * change to an indicator or its re-signature, a plan's agreement, an action done, a plan closed, a
 * decision told to the employee, or a certification survey taken later (an attempt under way keeps
 * the surveys taken so far, which TRN-01 reads as incomplete); a score left out takes the
 * interviews, appeals and applications on it along. An interview held after {@code asOf} stays as
 * scheduled, not held. Planned dates (an interview's {@code scheduledAt}, an action's {@code due})
 * may lie after {@code asOf}. The check and the agendas both read the cycle through it.
 *
 * @param cycle the cycle with only what had happened by {@code asOf}; the same object when nothing was left out
 * @param leftOut how many events dated after {@code asOf} were left out
 */
public record SeenAtAsOf(Cycle cycle, int leftOut) {

  /**
   * {@return the cycle as it stood at the moment; costs one pass over the events, and no copy when
   * none lies after it}
   *
   * @param cycle the cycle as read
   * @param asOf the moment of the check
   */
  public static SeenAtAsOf of(Cycle cycle, LocalDateTime asOf) {
    if (!anyAfter(cycle, asOf)) {
      return new SeenAtAsOf(cycle, 0);
    }
    int[] leftOut = {0};
    Set<EvaluationId> unscored = new HashSet<>();
    List<Evaluation> evaluations = new ArrayList<>();
    for (Evaluation evaluation : cycle.evaluations()) {
      if (evaluation.scoredAt().isAfter(asOf)) {
        unscored.add(evaluation.id());
        leftOut[0]++;
      } else {
        evaluations.add(evaluation);
      }
    }
    // Evidence a kept score cites stays: it was recorded by the time the score was.
    Set<String> cited = new HashSet<>();
    evaluations.forEach(e -> {
      e.scores().forEach(s -> s.evidence().forEach(id -> cited.add(id.value())));
      e.strengths().forEach(r -> r.evidence().forEach(id -> cited.add(id.value())));
      e.weaknesses().forEach(r -> r.evidence().forEach(id -> cited.add(id.value())));
    });
    List<Communication> communications = new ArrayList<>();
    for (Communication talk : cycle.communications()) {
      if (talk.at().isAfter(asOf) && !cited.contains(talk.id().value())) {
        leftOut[0]++;
      } else {
        communications.add(talk);
      }
    }
    List<EvidenceRecord> records = new ArrayList<>();
    for (EvidenceRecord record : cycle.records()) {
      if (record.date().isAfter(asOf.toLocalDate()) && !cited.contains(record.id().value())) {
        leftOut[0]++;
      } else {
        records.add(record);
      }
    }
    List<IndicatorSheet> sheets = new ArrayList<>();
    for (IndicatorSheet sheet : cycle.sheets()) {
      sheets.add(sheetAsOf(sheet, asOf, leftOut));
    }
    List<IndicatorChange> changes = new ArrayList<>();
    for (IndicatorChange change : cycle.indicatorChanges()) {
      if (change.changedAt().isAfter(asOf)) {
        leftOut[0]++;
      } else if (change.reconfirmedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        changes.add(IndicatorChange.builder().from(change).reconfirmedAt(Optional.empty()).build());
      } else {
        changes.add(change);
      }
    }
    List<ImprovementPlan> plans = new ArrayList<>();
    for (ImprovementPlan plan : cycle.improvementPlans()) {
      plans.add(planAsOf(plan, asOf, leftOut));
    }
    List<Certification> certifications = new ArrayList<>();
    for (Certification certification : cycle.certifications()) {
      List<Survey> taken = certification.surveys().stream().filter(survey -> !takenAfter(survey, asOf)).toList();
      leftOut[0] += certification.surveys().size() - taken.size();
      if (taken.size() == certification.surveys().size()) {
        certifications.add(certification);
      } else if (!taken.isEmpty()) {
        // Under way: the surveys taken so far, which TRN-01 reads as incomplete, never as a fail.
        certifications.add(Certification.builder().from(certification).surveys(taken).build());
      }
      // An attempt none of whose surveys was taken yet had not begun.
    }
    Set<String> escalated = escalatedBy(cycle, asOf);
    List<Interview> interviews = new ArrayList<>();
    for (Interview interview : cycle.interviews()) {
      if (unscored.contains(interview.evaluation())) {
        leftOut[0]++;
      } else if (interview.startedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        // Not held yet, but scheduled: it stays, so its agenda can be asked for. What is recorded of its
        // holding (the outcome, the objections) has not happened either.
        interviews.add(Interview.builder().from(interview).startedAt(Optional.empty()).endedAt(Optional.empty())
            .outcome(Optional.empty()).objections(List.of()).build());
      } else {
        interviews.add(heldAsOf(interview, asOf, escalated, leftOut));
      }
    }
    Set<String> objections = new HashSet<>();
    interviews.forEach(i -> i.objections().forEach(o -> objections.add(o.id().value())));
    List<Appeal> appeals = new ArrayList<>();
    for (Appeal appeal : cycle.appeals()) {
      if (unscored.contains(appeal.evaluation()) || appeal.filedAt().isAfter(asOf)
          || appeal.objection().filter(o -> !objections.contains(o.value())).isPresent()) {
        leftOut[0]++;
      } else if (appeal.decision().filter(d -> d.at().isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        appeals.add(Appeal.builder().from(appeal).decision(Optional.empty()).status(AppealStatus.PENDING).build());
      } else if (toldAfter(appeal, asOf)) {
        leftOut[0]++;
        Decision decision = appeal.decision().orElseThrow();
        appeals.add(Appeal.builder().from(appeal)
            .decision(Decision.builder().from(decision).communicatedAt(Optional.empty()).build()).build());
      } else {
        appeals.add(appeal);
      }
    }
    List<ResultApplication> applications = new ArrayList<>();
    for (ResultApplication application : cycle.applications()) {
      if (unscored.contains(application.evaluation()) || application.appliedAt().isAfter(asOf)) {
        leftOut[0]++;
      } else {
        applications.add(application);
      }
    }
    Cycle seen = Cycle.builder().from(cycle).evaluations(evaluations).communications(communications).records(records)
        .sheets(sheets).indicatorChanges(changes).improvementPlans(plans).interviews(interviews).appeals(appeals)
        .applications(applications).certifications(certifications).build();
    return new SeenAtAsOf(seen, leftOut[0]);
  }

  /**
   * A sheet as it stood at the moment: a signature or an indicator's approval dated after it is not
   * given yet (an approval not given has no approver either); each counts once. The same sheet when
   * neither lies after the moment.
   */
  private static IndicatorSheet sheetAsOf(IndicatorSheet sheet, LocalDateTime asOf, int[] leftOut) {
    if (!recordedAfter(sheet, asOf)) {
      return sheet;
    }
    IndicatorSheet.Builder seen = IndicatorSheet.builder().from(sheet);
    if (signedAfter(sheet, asOf)) {
      leftOut[0]++;
      seen.confirmedAt(Optional.empty());
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : sheet.indicators()) {
      if (approvedAfter(indicator, asOf)) {
        leftOut[0]++;
        indicators.add(Indicator.builder().from(indicator).approvedAt(Optional.empty()).approvedBy(Optional.empty())
            .build());
      } else {
        indicators.add(indicator);
      }
    }
    return seen.indicators(indicators).build();
  }

  /** Whether a sheet records its signature or an indicator's approval after the moment. */
  private static boolean recordedAfter(IndicatorSheet sheet, LocalDateTime asOf) {
    return signedAfter(sheet, asOf) || sheet.indicators().stream().anyMatch(i -> approvedAfter(i, asOf));
  }

  /** Whether a sheet was signed after the moment. */
  private static boolean signedAfter(IndicatorSheet sheet, LocalDateTime asOf) {
    return sheet.confirmedAt().filter(at -> at.isAfter(asOf)).isPresent();
  }

  /**
   * A plan as it stood at the moment: an agreement, an action done or a closing dated after it has not
   * happened yet. The plan itself stays, as the interview that names it does; each counts once.
   */
  private static ImprovementPlan planAsOf(ImprovementPlan plan, LocalDateTime asOf, int[] leftOut) {
    if (!recordedAfter(plan, asOf)) {
      return plan;
    }
    ImprovementPlan.Builder seen = ImprovementPlan.builder().from(plan);
    if (plan.agreedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
      leftOut[0]++;
      seen.agreedAt(Optional.empty());
    }
    if (plan.closedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
      leftOut[0]++;
      seen.closedAt(Optional.empty());
    }
    List<PlanAction> actions = new ArrayList<>();
    for (PlanAction action : plan.actions()) {
      if (doneAfter(action, asOf)) {
        leftOut[0]++;
        actions.add(PlanAction.builder().from(action).doneAt(Optional.empty()).build());
      } else {
        actions.add(action);
      }
    }
    return seen.actions(actions).build();
  }

  /** Whether a plan records an agreement, a closing or an action done after the moment. */
  private static boolean recordedAfter(ImprovementPlan plan, LocalDateTime asOf) {
    return plan.agreedAt().filter(at -> at.isAfter(asOf)).isPresent()
        || plan.closedAt().filter(at -> at.isAfter(asOf)).isPresent()
        || plan.actions().stream().anyMatch(action -> doneAfter(action, asOf));
  }

  /** Whether an action was done on a day after the moment's (a day is seen once it has begun). */
  private static boolean doneAfter(PlanAction action, LocalDateTime asOf) {
    return action.doneAt().filter(day -> day.isAfter(asOf.toLocalDate())).isPresent();
  }

  /** Whether an indicator was approved after the moment. */
  private static boolean approvedAfter(Indicator indicator, LocalDateTime asOf) {
    return indicator.approvedAt().filter(at -> at.isAfter(asOf)).isPresent();
  }

  /** Whether an appeal decided by the moment was told to the employee only after it. */
  private static boolean toldAfter(Appeal appeal, LocalDateTime asOf) {
    return appeal.decision().flatMap(Decision::communicatedAt).filter(at -> at.isAfter(asOf)).isPresent();
  }

  /** Whether a certification survey was taken on a day after the moment's. */
  private static boolean takenAfter(Survey survey, LocalDateTime asOf) {
    return survey.at().isAfter(asOf.toLocalDate());
  }

  /** The objections an appeal filed by the moment was on: escalated by then. */
  private static Set<String> escalatedBy(Cycle cycle, LocalDateTime asOf) {
    Set<String> escalated = new HashSet<>();
    cycle.appeals().stream().filter(a -> !a.filedAt().isAfter(asOf))
        .forEach(a -> a.objection().ifPresent(o -> escalated.add(o.value())));
    return escalated;
  }

  /**
   * An interview held by the moment, as it stood then. What it recorded while it was held (up to its end) goes
   * with its holding, so an interview under way keeps the outcome it ended with. After that: an
   * objection raised later is left out; an answer given later is not given yet, so the objection it
   * settled was still open (or escalated, when an appeal on it was already filed: an escalation is dated
   * by its appeal); the result signed later, after objections, is not signed yet. Each counts once. A
   * SIGNED outcome keeps its signature: the agreement is recorded with it at the interview, and an
   * employee who signs the next morning has not left the outcome unrecorded overnight (that would be
   * an INT-07 ERROR nobody could act on).
   */
  private static Interview heldAsOf(Interview interview, LocalDateTime asOf, Set<String> escalated, int[] leftOut) {
    LocalDateTime seen = seenUntil(interview, asOf);
    boolean changed = false;
    List<Objection> objections = new ArrayList<>();
    for (Objection objection : interview.objections()) {
      ObjectionStatus then = escalated.contains(objection.id().value()) ? ObjectionStatus.ESCALATED : ObjectionStatus.OPEN;
      if (objection.raisedAt().isAfter(seen)) {
        leftOut[0]++;
        changed = true;
      } else if (objection.response().filter(r -> r.at().isAfter(seen)).isPresent()) {
        leftOut[0]++;
        changed = true;
        objections.add(Objection.builder().from(objection).response(Optional.empty()).status(then).build());
      } else if (objection.status() == ObjectionStatus.ESCALATED && then == ObjectionStatus.OPEN) {
        // Its appeal was filed later (and is left out with its date): not escalated yet.
        changed = true;
        objections.add(Objection.builder().from(objection).status(ObjectionStatus.OPEN).build());
      } else {
        objections.add(objection);
      }
    }
    Optional<Outcome> outcome = interview.outcome();
    if (outcome.filter(o -> o.agreement() == Agreement.OBJECTED).flatMap(Outcome::signedAt)
        .filter(at -> at.isAfter(seen)).isPresent()) {
      leftOut[0]++;
      changed = true;
      outcome = Optional.of(Outcome.builder().from(outcome.get()).signedAt(Optional.empty()).build());
    }
    return changed ? Interview.builder().from(interview).objections(objections).outcome(outcome).build() : interview;
  }

  /** Up to when a held interview's records are seen: the moment, or its end when it is still under way. */
  private static LocalDateTime seenUntil(Interview interview, LocalDateTime asOf) {
    return interview.endedAt().filter(end -> end.isAfter(asOf)).orElse(asOf);
  }

  /** Whether a held interview records an objection, an answer or a signature dated after {@code seen}. */
  private static boolean recordedAfter(Interview interview, LocalDateTime seen) {
    return interview.outcome().filter(o -> o.agreement() == Agreement.OBJECTED).flatMap(Outcome::signedAt)
            .filter(at -> at.isAfter(seen)).isPresent()
        || interview.objections().stream().anyMatch(o -> o.raisedAt().isAfter(seen)
            || o.response().filter(r -> r.at().isAfter(seen)).isPresent());
  }

  /** Whether any event lies after the moment: the common case, none, costs no copy of the cycle. */
  private static boolean anyAfter(Cycle cycle, LocalDateTime asOf) {
    return cycle.evaluations().stream().anyMatch(e -> e.scoredAt().isAfter(asOf))
        || cycle.communications().stream().anyMatch(c -> c.at().isAfter(asOf))
        || cycle.records().stream().anyMatch(r -> r.date().isAfter(asOf.toLocalDate()))
        || cycle.sheets().stream().anyMatch(s -> recordedAfter(s, asOf))
        || cycle.interviews().stream().anyMatch(i -> i.startedAt().filter(at -> at.isAfter(asOf)).isPresent()
            || recordedAfter(i, seenUntil(i, asOf)))
        || cycle.appeals().stream().anyMatch(a -> a.filedAt().isAfter(asOf)
            || a.decision().filter(d -> d.at().isAfter(asOf)).isPresent() || toldAfter(a, asOf))
        || cycle.applications().stream().anyMatch(a -> a.appliedAt().isAfter(asOf))
        || cycle.indicatorChanges().stream().anyMatch(c -> c.changedAt().isAfter(asOf)
            || c.reconfirmedAt().filter(at -> at.isAfter(asOf)).isPresent())
        || cycle.improvementPlans().stream().anyMatch(p -> recordedAfter(p, asOf))
        || cycle.certifications().stream().flatMap(c -> c.surveys().stream()).anyMatch(v -> takenAfter(v, asOf));
  }
}
