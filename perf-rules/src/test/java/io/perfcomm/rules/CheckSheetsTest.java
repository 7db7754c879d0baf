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
 * perf's check sheets read the process layer's facts and derive none themselves: no {@code eval}, no
 * DRL function, no declared type, no date arithmetic (STYLE.md, "one home for each derived fact").
 */
class CheckSheetsTest {

  private static final List<String> BANNED = List.of("eval(", "function ", "declare ", "insertLogical(", "plusDays",
      "minusDays", "plusWeeks", "plusMonths", "plusHours", "minusHours", "ChronoUnit", "LocalDate.now", "LocalDateTime.now");

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
  void theSevenManagementSystemSheetsAreTheCheck() {
    assertEquals(List.of("appeal", "application", "communication", "evaluation", "interview", "objectives", "training"),
        PerfEngine.PERF_SHEETS.stream().map(s -> s.substring(s.lastIndexOf('/') + 1).replace(".drl", "")).sorted()
            .collect(Collectors.toList()));
  }

  private static String sheet(String resource) throws IOException {
    try (InputStream in = CheckSheetsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
