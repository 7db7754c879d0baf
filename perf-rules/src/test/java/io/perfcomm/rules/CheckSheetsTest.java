package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * perf's check sheets and agenda sheets read the process layer's facts and derive none themselves: no
 * {@code eval}, no DRL function, no date arithmetic (STYLE.md, "one home for each derived fact"); the
 * check sheets declare no type either.
 */
class CheckSheetsTest {

  private static final List<String> DATE_ARITHMETIC = List.of("plusDays", "minusDays", "plusWeeks", "plusMonths",
      "plusHours", "minusHours", "ChronoUnit", "LocalDate.now", "LocalDateTime.now");

  private static final List<String> BANNED = concat(List.of("eval(", "function ", "declare ", "insertLogical("), DATE_ARITHMETIC);

  /**
   * The agenda sheets declare their own topic facts and insert them logically (that is how an agenda is
   * assembled), but derive no domain fact: no eval, no function, no date arithmetic, and the facts that
   * have one home in the process layer are read, not worked out again (a month-end summary is a
   * PeriodSummary, not any SUMMARY record; a missed target is a Shortfall, not a score's targetMet).
   */
  private static final List<String> BANNED_IN_AGENDAS = concat(List.of("eval(", "function ", "RecordKind.SUMMARY",
      "targetMet", "missedTargets()"), DATE_ARITHMETIC);

  @Test
  void checkSheetsDeriveNothingThemselves() throws IOException {
    for (String resource : PerfEngine.PERF_SHEETS) {
      String drl = sheet(resource).lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
      for (String banned : BANNED) {
        assertFalse(drl.contains(banned), resource + " contains " + banned);
      }
    }
  }

  @Test
  void agendaSheetsDeriveNoDomainFactThemselves() throws IOException {
    for (String resource : AgendaRules.SHEETS) {
      String drl = sheet(resource).lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
      for (String banned : BANNED_IN_AGENDAS) {
        assertFalse(drl.contains(banned), resource + " contains " + banned);
      }
    }
  }

  @Test
  void theSevenManagementSystemSheetsAreTheCheck() {
    assertEquals(List.of("appeal", "application", "communication", "evaluation", "interview", "objectives", "training"),
        PerfEngine.PERF_SHEETS.stream().map(s -> s.substring(s.lastIndexOf('/') + 1).replace(".drl", "")).sorted()
            .collect(Collectors.toList()));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).collect(Collectors.toList());
  }

  private static String sheet(String resource) throws IOException {
    try (InputStream in = CheckSheetsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
