package io.perfcomm.core.process;

import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived facts of one evaluator's certification (绩效面谈培训考核), computed once from their
 * attempts, the policy and the period checked: each attempt's result (TRN-01) and the penalty of
 * consecutive failed training periods (TRN-02).
 *
 * <p>Training periods are free text ("2026-H1", "第二期"), so they are ordered by when their result
 * was known: the day of the last survey of the attempt that decided them. A period is failed when a
 * complete attempt in it failed and none passed; a period with only incomplete attempts is still
 * open and decides nothing.
 */
public final class EvaluatorTraining {

  private final List<CertificationResult> results = new ArrayList<>();
  private final List<TrainingPenalty> penalties = new ArrayList<>();
  /** The day each attempt's composite was final: its last survey. */
  private final Map<CertificationId, LocalDate> decided = new LinkedHashMap<>();

  private EvaluatorTraining(List<Certification> certifications, EffectivePolicy policy, Period period) {
    Optional<Certification> latest = certifications.stream().max(Comparator.comparingInt(Certification::attempt)
        .thenComparing(c -> c.lastSurveyOn().orElse(LocalDate.MIN)).thenComparing(Certification::trainingPeriod));
    for (Certification c : certifications) {
      boolean complete = c.surveys().size() >= policy.certificationSurveys();
      decided.put(c.id(), c.lastSurveyOn().orElse(LocalDate.MIN));
      results.add(new CertificationResult(c.id(), c.evaluator(), c.trainingPeriod(), c.attempt(), c.surveys().size(),
          c.composite(), complete, complete && c.composite() >= policy.passMark(), latest.get() == c));
    }
    penalties(policy, period);
  }

  /**
   * {@return the training facts of one evaluator}
   *
   * @param certifications the evaluator's attempts
   * @param policy the policy in force in the evaluator's department
   * @param period the period checked
   */
  public static EvaluatorTraining of(List<Certification> certifications, EffectivePolicy policy, Period period) {
    Objects.requireNonNull(certifications, "certifications");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(period, "period");
    return new EvaluatorTraining(certifications, policy, period);
  }

  /** One training period's outcome: when it was known, and the attempts that failed in it. */
  private record Outcome(String period, boolean passed, LocalDate day, int attempt, List<CertificationId> failed) {}

  private List<Outcome> outcomes() {
    Map<String, List<CertificationResult>> byPeriod = new LinkedHashMap<>();
    results.forEach(r -> byPeriod.computeIfAbsent(r.trainingPeriod(), p -> new ArrayList<>()).add(r));
    List<Outcome> outcomes = new ArrayList<>();
    byPeriod.forEach((name, attempts) -> {
      List<CertificationResult> passed = attempts.stream().filter(CertificationResult::passed).toList();
      List<CertificationResult> failed = attempts.stream().filter(CertificationResult::failed).toList();
      if (!passed.isEmpty()) {
        // Passed on the first day a passing attempt was complete.
        outcomes.add(new Outcome(name, true, passed.stream().map(this::decidedOn).min(LocalDate::compareTo).get(),
            passed.stream().mapToInt(CertificationResult::attempt).max().getAsInt(), List.of()));
      } else if (!failed.isEmpty()) {
        // Failed once its last failing attempt was complete: the retake inside it failed too.
        outcomes.add(new Outcome(name, false, failed.stream().map(this::decidedOn).max(LocalDate::compareTo).get(),
            failed.stream().mapToInt(CertificationResult::attempt).max().getAsInt(),
            failed.stream().map(CertificationResult::certification).toList()));
      }
    });
    outcomes.sort(Comparator.comparing(Outcome::day).thenComparingInt(Outcome::attempt).thenComparing(Outcome::period));
    return outcomes;
  }

  private LocalDate decidedOn(CertificationResult result) {
    return decided.getOrDefault(result.certification(), LocalDate.MIN);
  }

  private void penalties(EffectivePolicy policy, Period period) {
    List<Outcome> outcomes = outcomes();
    List<Outcome> streak = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      if (outcome.passed()) {
        streak.clear();
        continue;
      }
      streak.add(outcome);
      if (streak.size() == policy.failedPeriodsForPenalty()) {
        Optional<LocalDate> lifted = outcomes.subList(i + 1, outcomes.size()).stream()
            .filter(Outcome::passed).map(Outcome::day).findFirst();
        penalty(streak, lifted, period);
      }
    }
  }

  private void penalty(List<Outcome> streak, Optional<LocalDate> lifted, Period period) {
    LocalDate since = streak.get(streak.size() - 1).day();
    if (since.isAfter(period.end())) {
      return;
    }
    // In force from `since` until a later pass; the month of the pass is not deducted (the pass is known
    // when that month is scored, DOMAIN.md §6.2), so only a pass after the period leaves its points in force.
    boolean points = lifted.map(l -> l.isAfter(since) && l.isAfter(period.end())).orElse(true);
    boolean year = since.getYear() >= period.start().getYear() && since.getYear() <= period.end().getYear();
    if (points || year) {
      PersonId evaluator = results.get(0).evaluator();
      penalties.add(new TrainingPenalty(evaluator, streak.stream().map(Outcome::period).toList(),
          streak.stream().flatMap(o -> o.failed().stream()).toList(), since, since.getYear(), lifted, points, year));
    }
  }

  /** {@return every attempt's result} */
  public List<CertificationResult> results() {
    return List.copyOf(results);
  }

  /** {@return the penalties that bear on the period checked} */
  public List<TrainingPenalty> penalties() {
    return List.copyOf(penalties);
  }

  /** {@return every derived fact, as the rule sheets take them} */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>(results);
    facts.addAll(penalties);
    return facts;
  }
}
