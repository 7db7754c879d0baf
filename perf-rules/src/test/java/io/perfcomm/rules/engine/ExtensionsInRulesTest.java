package io.perfcomm.rules.engine;

import static io.perfcomm.rules.testing.CheckpointVerifier.given;

import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import org.junit.jupiter.api.Test;

/** A host constraint compares an extension's number with a literal, without eval. */
class ExtensionsInRulesTest {

  private static final String GRADE = """
      package com.acme.perf;
      import io.perfcomm.core.Extensions;
      import io.perfcomm.rules.Finding;
      import io.perfcomm.rules.fact.Employee;
      rule "ACME-04 senior grades have a mentor"
      when
        $e : Employee(Extensions.number(person, "grade") >= 7, !Extensions.has(person, "mentor"))
      then
        insert(Finding.info("ACME-04").employee($e.id()).build());
      end
      """;

  @Test
  void numberComparesWithALiteralAndAbsentNumbersDoNotMatch() {
    PerfEngine engine = PerfEngine.builder().addRules("grade", GRADE).build();
    given(Scenario.month("2026-06")
            .employee("CONTROL").followsStandardProcess()
            .employee("E1").extension("grade", 7)
            .employee("E2").extension("grade", 6.99)
            .employee("E3").extension("grade", 9).extension("mentor", "M2"))
        .using(engine)
        .expect("ACME-04").about("E1").times(1);
  }
}
