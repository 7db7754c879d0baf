package io.perfcomm.core.generator;

import io.perfcomm.core.organisation.PersonId;
import java.util.SplittableRandom;

/**
 * How an evaluator scores, so that the outer loop's calibration has something to find: most score as
 * the targets say, about one in twelve each scores leniently, strictly, or everyone in the middle.
 * Drawn from the evaluator's id, not from the cycle's random, so an evaluator keeps their habit from
 * period to period and every seed's cycle stays the same apart from the scores.
 */
enum ScoringHabit {
  /** Met targets 80–100, missed ones 50–79. */
  AS_THE_TARGETS_SAY,
  /** Met targets 96–100, missed ones 90–99: everyone near the top. */
  LENIENT,
  /** Met targets 65–85, missed ones 40–69. */
  STRICT,
  /** Met targets 80–82, missed ones 78–80: everyone in the middle. */
  MIDDLE;

  /** The habit of an evaluator. */
  static ScoringHabit of(PersonId evaluator) {
    int draw = new SplittableRandom(evaluator.value().hashCode() * 0xBF58476D1CE4E5B9L).nextInt(12);
    return draw == 0 ? LENIENT : draw == 1 ? STRICT : draw == 2 ? MIDDLE : AS_THE_TARGETS_SAY;
  }

  /** A score: one draw from the cycle's random, as many as before habits existed. */
  int score(boolean missed, SplittableRandom random) {
    int r = missed ? random.nextInt(30) : random.nextInt(21);
    switch (this) {
      case LENIENT:
        return missed ? 90 + r / 3 : 96 + r / 5;
      case STRICT:
        return missed ? 40 + r : 65 + r;
      case MIDDLE:
        return missed ? 78 + r / 10 : 80 + r / 10;
      default:
        return missed ? 50 + r : 80 + r;
    }
  }
}
