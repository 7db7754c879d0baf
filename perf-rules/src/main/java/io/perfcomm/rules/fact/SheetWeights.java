package io.perfcomm.rules.fact;

import io.perfcomm.core.objective.IndicatorSheet;
import java.math.BigDecimal;

/** The total of an indicator sheet's weights, and whether it is off 100 by more than the tolerance (OBJ-04). */
public final class SheetWeights {
  private final IndicatorSheet sheet;
  private final BigDecimal total;
  private final boolean unbalanced;

  public SheetWeights(IndicatorSheet sheet, BigDecimal total, boolean unbalanced) {
    this.sheet = sheet;
    this.total = total;
    this.unbalanced = unbalanced;
  }

  public IndicatorSheet sheet() {
    return sheet;
  }

  public BigDecimal total() {
    return total;
  }

  public boolean unbalanced() {
    return unbalanced;
  }

  @Override
  public String toString() {
    return "SheetWeights[" + sheet.id() + ", " + total + "]";
  }
}
