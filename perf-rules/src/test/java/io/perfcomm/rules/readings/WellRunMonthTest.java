package io.perfcomm.rules.readings;

import static io.perfcomm.rules.Fixtures.assertClean;

import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.scenario.WellRunMonth;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * A normal, well-run cycle gives no ERROR and no WARNING: the guide's month with a holiday, a
 * make-up Saturday, leave, last-working-day scoring, a plan for last month's result and an appeal
 * (DOMAIN.md §6), and the sample cycle file of FORMAT.md.
 */
class WellRunMonthTest {

  @Test
  void wellRunMonthGivesNoErrorAndNoWarning() throws IOException {
    try (InputStream in = WellRunMonth.class.getResourceAsStream(WellRunMonth.RESOURCE)) {
      assertClean(CycleJson.read(in));
    }
  }

  @Test
  void sampleCycleFileGivesNoErrorAndNoWarning() throws IOException {
    try (InputStream in = WellRunMonth.class.getResourceAsStream("/io/perfcomm/core/json/format-example.json")) {
      assertClean(CycleJson.read(in));
    }
  }
}
