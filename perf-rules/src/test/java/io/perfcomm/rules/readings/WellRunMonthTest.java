package io.perfcomm.rules.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.scenario.WellRunMonth;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

  private static void assertClean(Cycle cycle) {
    Report report = PerfEngine.withDefaults().check(cycle);
    List<String> broken = report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> describe(report, f))
        .collect(Collectors.toList());
    assertEquals(List.of(), broken);
  }

  private static String describe(Report report, Finding f) {
    return f.checkpoint() + " " + f.severity() + " " + f.employee().map(Object::toString).orElse("-") + " "
        + f.records() + ": " + report.message(f, Locale.ENGLISH);
  }
}
