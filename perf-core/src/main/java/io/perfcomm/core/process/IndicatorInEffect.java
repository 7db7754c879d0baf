package io.perfcomm.core.process;

import io.perfcomm.core.objective.ChangeId;
import io.perfcomm.core.objective.IndicatorId;
import io.perfcomm.core.objective.SheetId;
import java.util.Optional;

/**
 * An indicator's target and weight in effect at the end of the period: as agreed on the sheet, or
 * as the latest change effective by then set them ({@code newTarget}, {@code newWeight}; DOMAIN.md
 * §6.2 OBJ-03). The target is free text the agenda shows; it is never logged.
 *
 * @param sheet the sheet the indicator is on
 * @param indicator the indicator
 * @param target the target in effect
 * @param weight the weight in effect, percent
 * @param changedBy the change that set the target or weight in effect, if any
 */
public record IndicatorInEffect(SheetId sheet, IndicatorId indicator, String target, double weight,
    Optional<ChangeId> changedBy) {

  @Override
  public String toString() {
    return "IndicatorInEffect[sheet=" + sheet + ", indicator=" + indicator + ", changedBy=" + changedBy + "]";
  }
}
