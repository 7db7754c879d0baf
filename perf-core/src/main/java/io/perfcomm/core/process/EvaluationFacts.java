package io.perfcomm.core.process;

import io.perfcomm.core.communication.EvidenceRecord;
import io.perfcomm.core.communication.RecordKind;
import io.perfcomm.core.evaluation.Evaluation;
import io.perfcomm.core.evaluation.EvidenceId;
import io.perfcomm.core.evaluation.Score;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation system's facts (绩效评价): the scoring deadline and the windows of scoring, last-minute
 * evidence and the month-end summary; the shortfalls, the month-end summaries and the evidence each
 * evaluation cites from the period.
 *
 * @param deadlines the scoring deadline, when it is due
 * @param windows the scoring window, the last-minute-evidence window (when the policy sets one) and the summary window
 * @param shortfalls the indicators missed in each evaluation
 * @param summaries the month-end summaries that count for each evaluation
 * @param summariesOnHand the month-end summaries on hand at {@code asOf}
 * @param scoreEvidence what each score cites, and which of it is evidence of the period
 * @param periodEvidence what each evaluation cites from inside the span
 */
record EvaluationFacts(List<Deadline> deadlines, List<Window> windows, List<Shortfall> shortfalls,
    List<PeriodSummary> summaries, List<SummaryOnHand> summariesOnHand, List<ScoreEvidence> scoreEvidence,
    List<PeriodEvidence> periodEvidence) {

  /** The last days of the employee's span in which a month-end summary (月底总结) counts (DOMAIN.md §6.2 EVA-07). */
  static final int SUMMARY_DAYS = 7;

  EvaluationFacts {
    deadlines = List.copyOf(deadlines);
    windows = List.copyOf(windows);
    shortfalls = List.copyOf(shortfalls);
    summaries = List.copyOf(summaries);
    summariesOnHand = List.copyOf(summariesOnHand);
    scoreEvidence = List.copyOf(scoreEvidence);
    periodEvidence = List.copyOf(periodEvidence);
  }

  /** Scoring opens on the span's last working day and is due {@code scoringDeadlineDays} after the period. */
  static EvaluationFacts derive(Givens givens) {
    Span span = givens.span();
    Deadline scoring = Deadline.onDay(DeadlineKind.SCORING, givens.period().id(),
        givens.calendar().deadline(givens.period().end(), givens.policy().scoringDeadlineDays()), givens.asOf());
    List<Deadline> deadlines = givens.isPeriodStepDue(scoring) ? List.of(scoring) : List.of();
    List<Window> windows = new ArrayList<>();
    windows.add(new Window(Window.Kind.SCORING, lastWorkingDay(span, givens.calendar()).atStartOfDay(), scoring.closesAt()));
    if (givens.policy().lastMinuteEvidenceDays() > 0) {
      LocalDate from = span.last().minusDays(givens.policy().lastMinuteEvidenceDays() - 1L);
      // Scored from memory means the work before the last days went unrecorded: someone who worked no day
      // of their span before them (hired on the 28th, back from sick leave on the 28th) had nothing
      // earlier to record, so the window would hold every record they could have and proves nothing.
      if (givens.calendar().worksBetween(span.first(), from.minusDays(1))) {
        windows.add(new Window(Window.Kind.LAST_MINUTE_EVIDENCE, from.atStartOfDay(), span.endsAt()));
      }
    }
    windows.add(new Window(Window.Kind.SUMMARY, summaryFrom(span).atStartOfDay(), scoring.closesAt()));
    List<Evaluation> evaluations = givens.index().evaluations(givens.employee().id());
    List<Shortfall> shortfalls = new ArrayList<>();
    List<PeriodSummary> summaries = new ArrayList<>();
    for (Evaluation evaluation : evaluations) {
      for (Score score : evaluation.scores()) {
        if (!score.targetMet()) {
          shortfalls.add(new Shortfall(evaluation.id(), score.indicator()));
        }
      }
      summaries(givens, evaluation, summaries);
    }
    List<SummaryOnHand> onHand = new ArrayList<>();
    for (EvidenceRecord record : givens.index().records(givens.employee().id())) {
      if (isMonthEndSummary(span, record, givens.asOf().toLocalDate())) {
        onHand.add(new SummaryOnHand(record.id(), record.date()));
      }
    }
    List<ScoreEvidence> scoreEvidence = new ArrayList<>();
    List<PeriodEvidence> periodEvidence = new ArrayList<>();
    for (Evaluation evaluation : evaluations) {
      evidence(givens, evaluation, scoreEvidence, periodEvidence);
    }
    return new EvaluationFacts(deadlines, windows, shortfalls, summaries, onHand, scoreEvidence, periodEvidence);
  }

  /** The span's last day the company works on; its last day when it works on none. */
  static LocalDate lastWorkingDay(Span span, WorkingCalendar calendar) {
    return calendar.onOrPreviousWorkingDay(span.last(), span.first());
  }

  /** The first day a month-end summary counts from: the last {@value #SUMMARY_DAYS} days of the span. */
  private static LocalDate summaryFrom(Span span) {
    return span.last().minusDays(SUMMARY_DAYS - 1);
  }

  /** The month-end summaries that count for an evaluation (EVA-07, APL-05, the agendas). */
  private static void summaries(Givens givens, Evaluation evaluation, List<PeriodSummary> summaries) {
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    for (EvidenceRecord record : givens.index().records(evaluation.employee())) {
      if (isMonthEndSummary(givens.span(), record, scored)) {
        summaries.add(new PeriodSummary(record.id(), evaluation.id(), record.date()));
      }
    }
  }

  /**
   * What a month-end summary (月底总结) is, once: a SUMMARY record dated from the last {@value
   * #SUMMARY_DAYS} days of the span to {@code until} (the scoring day, or {@code asOf}).
   */
  private static boolean isMonthEndSummary(Span span, EvidenceRecord record, LocalDate until) {
    return record.kind() == RecordKind.SUMMARY && !record.date().isBefore(summaryFrom(span)) && !record.date().isAfter(until);
  }

  /**
   * EVA-01's and EVA-02's view of what an evaluation cites: each id resolved to the employee's record
   * (by its date) or communication (by the day it took place); ids of nothing of the employee's stay
   * unresolved.
   */
  private static void evidence(Givens givens, Evaluation evaluation, List<ScoreEvidence> scoreEvidence,
      List<PeriodEvidence> periodEvidence) {
    Span span = givens.span();
    Map<String, EvidenceRecord> records = new HashMap<>();
    givens.index().records(evaluation.employee()).forEach(r -> records.put(r.id().value(), r));
    Map<String, LocalDate> talks = new HashMap<>();
    givens.index().communications(evaluation.employee()).forEach(c -> talks.put(c.id().value(), c.at().toLocalDate()));
    LocalDate scored = evaluation.scoredAt().toLocalDate();
    for (Score score : evaluation.scores()) {
      List<EvidenceId> ofPeriod = new ArrayList<>();
      for (EvidenceId id : score.evidence()) {
        EvidenceRecord record = records.get(id.value());
        LocalDate day = dayOf(id, records, talks);
        boolean systemReport = record != null && record.kind() == RecordKind.DATA
            && day.isAfter(span.last()) && !day.isAfter(scored);
        if (day != null && (span.contains(day) || systemReport)) {
          ofPeriod.add(id);
        }
      }
      scoreEvidence.add(new ScoreEvidence(evaluation.id(), score.indicator(), score.evidence(), ofPeriod));
    }
    Set<EvidenceId> cited = new LinkedHashSet<>();
    evaluation.scores().forEach(score -> cited.addAll(score.evidence()));
    evaluation.strengths().forEach(remark -> cited.addAll(remark.evidence()));
    evaluation.weaknesses().forEach(remark -> cited.addAll(remark.evidence()));
    List<EvidenceId> inPeriod = new ArrayList<>();
    LocalDate earliest = null;
    for (EvidenceId id : cited) {
      LocalDate day = dayOf(id, records, talks);
      if (day != null && span.contains(day)) {
        inPeriod.add(id);
        earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
      }
    }
    if (earliest != null) {
      periodEvidence.add(new PeriodEvidence(evaluation.id(), inPeriod, earliest));
    }
  }

  /** The day a cited id stands for: its record's date or its communication's day; null when it names neither. */
  private static LocalDate dayOf(EvidenceId id, Map<String, EvidenceRecord> records, Map<String, LocalDate> talks) {
    EvidenceRecord record = records.get(id.value());
    return record != null ? record.date() : talks.get(id.value());
  }
}
