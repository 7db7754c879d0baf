package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Agendas run in a rule base of their own: the check's holds none of their rules, and theirs no checkpoint. */
class AgendaRuleBaseTest {

  private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");

  private static String sheet(String resource) throws IOException {
    try (InputStream in = AgendaRuleBaseTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCheckRuleBaseHoldsNoRuleOfTheAgendaSheets() throws IOException {
    PerfEngine engine = PerfEngine.builder().build();
    Set<String> check = engine.checkRuleNames();
    assertFalse(check.isEmpty());
    for (String resource : AgendaRules.SHEETS) {
      Matcher rules = RULE.matcher(sheet(resource));
      while (rules.find()) {
        String name = rules.group(1);
        assertTrue(check.stream().noneMatch(r -> r.endsWith("/" + name)), resource + ": \"" + name + "\" is in the check");
      }
    }
    assertTrue(check.stream().noneMatch(r -> r.startsWith("io.perfcomm.rules.agenda/")), check.toString());
    assertTrue(check.stream().noneMatch(r -> r.contains("/AGENDA ")), check.toString());
  }

  @Test
  void theAgendaRuleBaseHoldsEveryAgendaRuleAndNoCheckpoint() throws IOException {
    PerfEngine engine = PerfEngine.builder().build();
    Set<String> agenda = engine.agendaRuleNames();
    int declared = 0;
    for (String resource : AgendaRules.SHEETS) {
      Matcher rules = RULE.matcher(sheet(resource));
      while (rules.find()) {
        declared++;
        assertTrue(agenda.contains("io.perfcomm.rules.agenda/" + rules.group(1)), rules.group(1));
      }
    }
    assertEquals(declared, agenda.size());
    Set<String> checkpoints = Checkpoints.all().stream().map(Checkpoint::id).collect(Collectors.toSet());
    assertTrue(agenda.stream().map(r -> r.substring(r.indexOf('/') + 1).split(" ")[0]).noneMatch(checkpoints::contains));
  }

  @Test
  void agendaSheetsDoNoDateArithmeticAndHaveNoEvalOrFunction() throws IOException {
    for (String resource : AgendaRules.SHEETS) {
      String drl = sheet(resource).lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
      for (String banned : List.of("eval(", "function ", "plusDays", "minusDays", "plusMonths", "plusHours", "minusHours",
          "ChronoUnit", "LocalDate.now", "LocalDateTime.now")) {
        assertFalse(drl.contains(banned), resource + " contains " + banned);
      }
    }
  }
}
