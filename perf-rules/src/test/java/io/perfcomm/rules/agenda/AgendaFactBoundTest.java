package io.perfcomm.rules.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.RuleExecutionException;
import org.junit.jupiter.api.Test;

/**
 * An agenda session holds at most {@code maxFactsPerSession} facts, as a check's does: a rule inserting
 * past the bound fails the agenda with a {@link RuleExecutionException} naming it, not the JVM.
 */
class AgendaFactBoundTest {

  private static final Cycle CYCLE = Agendas.scored(Agendas.june(), true, interview -> {}).build();
  private static final Report REPORT = PerfEngine.withDefaults().check(CYCLE);

  @Test
  void anAgendaWhoseRecordsAloneExceedTheBoundFailsSayingSo() {
    RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> agenda(10));
    assertEquals("", e.rule());
    assertEquals("the agenda has more than 10 facts (the limit per session); raise maxFactsPerSession", e.getMessage());
  }

  @Test
  void anAgendaRuleInsertingPastTheBoundIsNamed() {
    // Between the facts the agenda starts with and those its rules end with, the rule inserting is to blame.
    for (int bound = 10; bound <= 200; bound += 5) {
      try {
        agenda(bound);
        fail("the agenda fitted in " + bound + " facts before any rule was named");
      } catch (RuleExecutionException e) {
        if (!e.rule().isEmpty()) {
          assertEquals("rule \"" + e.rule() + "\" inserted more than " + bound + " facts in one agenda session (the"
              + " limit); it probably inserts without end", e.getMessage());
          return;
        }
      }
    }
    fail("no bound up to 200 named a rule");
  }

  @Test
  void theDefaultBoundHoldsAnAgenda() {
    assertFalse(PerfEngine.withDefaults().agenda(CYCLE, REPORT, InterviewId.of("T1")).items().isEmpty());
  }

  private static Agenda agenda(int maxFacts) {
    return PerfEngine.builder().maxFactsPerSession(maxFacts).build().agenda(CYCLE, REPORT, InterviewId.of("T1"));
  }
}
