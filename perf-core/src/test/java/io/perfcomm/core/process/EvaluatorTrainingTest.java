package io.perfcomm.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Period;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.core.policy.EffectivePolicy;
import io.perfcomm.core.training.Certification;
import io.perfcomm.core.training.CertificationId;
import io.perfcomm.core.training.Survey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An evaluator's certification attempts read once: results (TRN-01) and the penalty of consecutive failures (TRN-02). */
class EvaluatorTrainingTest {

  private static final Period JUNE = Period.of("2026-06", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));

  private static Certification attempt(String id, String period, int attempt, String first, double... scores) {
    Certification.Builder builder = Certification.builder().id(CertificationId.of(id)).evaluator(PersonId.of("M1"))
        .trainingPeriod(period).attempt(attempt);
    for (int i = 0; i < scores.length; i++) {
      builder.addSurveys(Survey.builder().at(LocalDate.parse(first).plusWeeks(i)).score(scores[i]).build());
    }
    return builder.build();
  }

  private static EvaluatorTraining training(Period period, Certification... attempts) {
    return EvaluatorTraining.of(List.of(attempts), EffectivePolicy.DEFAULTS, period);
  }

  @Test
  void theLatestAttemptIsTheHighestNumberAndItsCompositeIsTheMeanOfItsSurveys() {
    List<CertificationResult> results = training(JUNE, attempt("K1", "A", 1, "2026-01-05", 60, 60, 60),
        attempt("K2", "B", 2, "2026-04-06", 70, 80, 90), attempt("K3", "C", 3, "2026-05-04", 90, 90)).results();
    assertEquals(List.of(false, false, true), results.stream().map(CertificationResult::latest).toList());
    assertEquals(80.0, results.get(1).composite());
    assertTrue(results.get(1).passed());
    assertFalse(results.get(2).complete());
    assertFalse(results.get(2).failed());
  }

  @Test
  void twoConsecutiveFailedPeriodsStartThePenaltyOnTheLastSurveyOfTheRetake() {
    TrainingPenalty penalty = training(JUNE, attempt("K1", "2025-H2", 1, "2025-10-06", 70, 70, 70),
        attempt("K2", "2026-H1", 2, "2026-04-06", 70, 70, 70)).penalties().get(0);
    assertEquals(LocalDate.parse("2026-04-20"), penalty.since());
    assertEquals(2026, penalty.year());
    assertEquals(List.of("2025-H2", "2026-H1"), penalty.failedPeriods());
    assertTrue(penalty.pointsInForce());
    assertTrue(penalty.yearBanned());
  }

  @Test
  void periodsAreOrderedByTheirSurveysNotByTheirNames() {
    // "Spring" sorts after "Autumn" by name, but it came first.
    TrainingPenalty penalty = training(JUNE, attempt("K2", "Autumn", 2, "2026-04-06", 70, 70, 70),
        attempt("K1", "Spring", 1, "2025-10-06", 70, 70, 70)).penalties().get(0);
    assertEquals(List.of("Spring", "Autumn"), penalty.failedPeriods());
  }

  @Test
  void aLaterPassLiftsThePointsButNotTheYear() {
    TrainingPenalty penalty = training(JUNE, attempt("K1", "2025-H2", 1, "2025-10-06", 70, 70, 70),
        attempt("K2", "2026-H1", 2, "2026-03-02", 70, 70, 70), attempt("K3", "2026-H1b", 3, "2026-05-04", 90, 90, 90))
        .penalties().get(0);
    assertEquals(Optional.of(LocalDate.parse("2026-05-18")), penalty.liftedOn());
    assertFalse(penalty.pointsInForce());
    assertTrue(penalty.yearBanned());
  }

  @Test
  void aPassBetweenTwoFailuresBreaksTheRun() {
    assertEquals(List.of(), training(JUNE, attempt("K1", "A", 1, "2025-03-03", 70, 70, 70),
        attempt("K2", "B", 2, "2025-09-01", 90, 90, 90), attempt("K3", "C", 3, "2026-03-02", 70, 70, 70)).penalties());
  }

  @Test
  void aPenaltyEndedInAnEarlierYearDoesNotBearOnThePeriod() {
    assertEquals(List.of(), training(JUNE, attempt("K1", "A", 1, "2025-03-03", 70, 70, 70),
        attempt("K2", "B", 2, "2025-07-07", 70, 70, 70), attempt("K3", "C", 3, "2025-11-03", 90, 90, 90)).penalties());
  }
}
