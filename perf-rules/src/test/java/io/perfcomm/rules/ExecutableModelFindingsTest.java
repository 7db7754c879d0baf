package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.interview.Interview;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * perf's rules give the same findings, and the same agendas, from the executable model made at
 * perf's build as from their DRL compiled at run time, on the generator's cycles. {@code mvn verify}
 * runs a few seeds; {@code scripts/findings-identical.sh} runs 100 seeds of 50 employees through the
 * properties {@code perf.identical.seeds} and {@code perf.identical.employees}.
 */
class ExecutableModelFindingsTest {

  private static final int SEEDS = Integer.getInteger("perf.identical.seeds", 6);
  private static final int EMPLOYEES = Integer.getInteger("perf.identical.employees", 50);
  private static final double[] BREACH_SHARES = {0.0, 0.2, 1.0};

  @Test
  void executableModelAndDrlGiveTheSameFindingsOnGeneratedCycles() {
    PerfEngine model = PerfEngine.builder().build();
    PerfEngine drl = PerfEngine.builder().buildFromDrl();
    int findings = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Cycle cycle = CycleGenerator.generate(seed, EMPLOYEES, BREACH_SHARES[(int) (seed % BREACH_SHARES.length)]);
      List<Finding> fromModel = model.check(cycle).findings();
      assertEquals(drl.check(cycle).findings(), fromModel, "seed " + seed);
      findings += fromModel.size();
      // The agenda rules share the rule base: one agenda per seed compares them too.
      for (Interview interview : cycle.interviews().subList(0, Math.min(1, cycle.interviews().size()))) {
        assertEquals(drl.agenda(cycle, interview.id()), model.agenda(cycle, interview.id()),
            "seed " + seed + ", interview " + interview.id());
      }
    }
    assertFalse(findings == 0, "the cycles tripped no checkpoint: the comparison compared nothing");
    System.out.printf("executable model = DRL: %d seeds x %d employees, %d findings%n", SEEDS, EMPLOYEES, findings);
  }
}
