package io.perfcomm.core.process;

import io.perfcomm.core.communication.CommunicationId;
import io.perfcomm.core.objective.IndicatorId;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Coaching during the period (考中辅导): a DAILY communication with the employee held inside their
 * {@link Span}. The one definition every sheet reads: APL-05's coaching step, the result agenda's
 * "coaching on a tested indicator" (those naming it) and its objections.
 *
 * @param communication the DAILY communication
 * @param at when it took place
 * @param indicators the indicators it named
 */
public record Coaching(CommunicationId communication, LocalDateTime at, List<IndicatorId> indicators) {

  /**
   * A coaching talk; the indicators are copied.
   *
   * @param communication the DAILY communication
   * @param at when it took place
   * @param indicators the indicators it named
   */
  public Coaching {
    indicators = List.copyOf(indicators);
  }

  /**
   * {@return whether the talk named the indicator}
   *
   * @param indicator the indicator
   */
  public boolean names(IndicatorId indicator) {
    return indicators.contains(indicator);
  }
}
