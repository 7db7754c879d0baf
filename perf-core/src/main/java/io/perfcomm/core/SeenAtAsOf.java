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
 * score, an interview held, an application, an appeal filed or decided dated after {@code asOf} is
 * not seen; a score left out takes the interviews, appeals and applications on it along. So is what
 * came after an interview held by then: an objection raised later, an answer given later (the
 * objection was still open, or escalated when its appeal was already filed), the result signed later
 * once the objections were settled; and a decision told to the employee later, a certification
 * survey taken later. Planned dates (an interview's {@code scheduledAt}, an action's {@code due}) may
 * lie after {@code asOf}.
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
      if (sheet.confirmedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        sheets.add(IndicatorSheet.builder().from(sheet).confirmedAt(Optional.empty()).build());
      } else {
        sheets.add(sheet);
      }
    }
    List<Interview> interviews = new ArrayList<>();
    for (Interview interview : cycle.interviews()) {
      if (unscored.contains(interview.evaluation())) {
        leftOut[0]++;
      } else if (interview.startedAt().filter(at -> at.isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        // Not held yet: what is recorded of its holding has not happened either.
        interviews.add(Interview.builder().from(interview).startedAt(Optional.empty()).endedAt(Optional.empty())
            .outcome(Optional.empty()).objections(List.of()).build());
      } else {
        interviews.add(asItStood(interview, asOf, escalatedBy(cycle, asOf), leftOut));
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
      } else if (appeal.decision().flatMap(d -> d.communicatedAt()).filter(at -> at.isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        appeals.add(Appeal.builder().from(appeal)
            .decision(Decision.builder().from(appeal.decision().get()).communicatedAt(Optional.empty()).build())
            .build());
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
    List<Certification> certifications = new ArrayList<>();
    for (Certification certification : cycle.certifications()) {
      List<Survey> taken = certification.surveys().stream().filter(survey -> !survey.at().isAfter(asOf.toLocalDate())).toList();
      leftOut[0] += certification.surveys().size() - taken.size();
      if (taken.size() == certification.surveys().size()) {
        certifications.add(certification);
      } else if (!taken.isEmpty()) {
        // An attempt none of whose surveys was taken yet had not begun.
        certifications.add(Certification.builder().from(certification).surveys(taken).build());
      }
    }
    Cycle seen = Cycle.builder().from(cycle).evaluations(evaluations).communications(communications).records(records)
        .sheets(sheets).interviews(interviews).appeals(appeals).applications(applications)
        .certifications(certifications).build();
    return new SeenAtAsOf(seen, leftOut[0]);
  }

  /** The objections an appeal filed by the moment was on: escalated by then. */
  private static Set<String> escalatedBy(Cycle cycle, LocalDateTime asOf) {
    Set<String> escalated = new HashSet<>();
    cycle.appeals().stream().filter(a -> !a.filedAt().isAfter(asOf))
        .forEach(a -> a.objection().ifPresent(o -> escalated.add(o.value())));
    return escalated;
  }

  /**
   * An interview held by the moment, as it stood then: objections raised later left out; an answer
   * given later left out, and with it the settlement it brought (the objection was open then, or
   * escalated if its appeal was already filed); a signature given later left out when it confirms the
   * result after objections. A SIGNED outcome keeps its signature: the agreement is recorded with it
   * at the interview, and stripping it would turn a signature taken the next morning into a missing
   * outcome.
   */
  private static Interview asItStood(Interview interview, LocalDateTime asOf, Set<String> escalated, int[] leftOut) {
    boolean changed = false;
    List<Objection> objections = new ArrayList<>();
    for (Objection objection : interview.objections()) {
      if (objection.raisedAt().isAfter(asOf)) {
        leftOut[0]++;
        changed = true;
      } else if (objection.response().filter(r -> r.at().isAfter(asOf)).isPresent()) {
        leftOut[0]++;
        changed = true;
        boolean open = objection.status() != ObjectionStatus.ESCALATED || !escalated.contains(objection.id().value());
        objections.add(Objection.builder().from(objection).response(Optional.empty())
            .status(open ? ObjectionStatus.OPEN : ObjectionStatus.ESCALATED).build());
      } else {
        objections.add(objection);
      }
    }
    Optional<Outcome> outcome = interview.outcome();
    if (outcome.filter(o -> o.agreement() == Agreement.OBJECTED && o.signedAt().filter(at -> at.isAfter(asOf)).isPresent())
        .isPresent()) {
      leftOut[0]++;
      changed = true;
      outcome = Optional.of(Outcome.builder().from(outcome.get()).signedAt(Optional.empty()).build());
    }
    return changed ? Interview.builder().from(interview).objections(objections).outcome(outcome).build() : interview;
  }

  /** Whether any event lies after the moment: the common case, none, costs no copy of the cycle. */
  private static boolean anyAfter(Cycle cycle, LocalDateTime asOf) {
    return cycle.evaluations().stream().anyMatch(e -> e.scoredAt().isAfter(asOf))
        || cycle.communications().stream().anyMatch(c -> c.at().isAfter(asOf))
        || cycle.records().stream().anyMatch(r -> r.date().isAfter(asOf.toLocalDate()))
        || cycle.sheets().stream().anyMatch(s -> s.confirmedAt().filter(at -> at.isAfter(asOf)).isPresent())
        || cycle.interviews().stream().anyMatch(i -> i.startedAt().filter(at -> at.isAfter(asOf)).isPresent())
        || cycle.interviews().stream().anyMatch(i -> i.objections().stream().anyMatch(o -> o.raisedAt().isAfter(asOf)
            || o.response().filter(r -> r.at().isAfter(asOf)).isPresent())
            || i.outcome().flatMap(Outcome::signedAt).filter(at -> at.isAfter(asOf)).isPresent())
        || cycle.certifications().stream().anyMatch(c -> c.surveys().stream().anyMatch(v -> v.at().isAfter(asOf.toLocalDate())))
        || cycle.appeals().stream().anyMatch(a -> a.filedAt().isAfter(asOf)
            || a.decision().filter(d -> d.at().isAfter(asOf) || d.communicatedAt().filter(at -> at.isAfter(asOf)).isPresent())
                .isPresent())
        || cycle.applications().stream().anyMatch(a -> a.appliedAt().isAfter(asOf));
  }
}
