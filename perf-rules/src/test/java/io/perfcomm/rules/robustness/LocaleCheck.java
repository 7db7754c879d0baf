package io.perfcomm.rules.robustness;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.rules.Finding;
import io.perfcomm.rules.PerfEngine;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds an engine and checks a generated cycle, printing the findings by id: run by {@link
 * DefaultLocaleTest} in a JVM started with another default locale.
 */
public final class LocaleCheck {

  private LocaleCheck() {}

  /** The cycle checked in every locale. */
  static Cycle cycle() {
    return CycleGenerator.generate(17, 12, 0.6);
  }

  /** One line per finding: checkpoint, subject and records, ids only. */
  static String describe(PerfEngine engine) {
    return engine.check(cycle()).findings().stream()
        .map(f -> f.checkpoint() + " " + f.employee().map(Object::toString).orElse("-") + " "
            + f.evaluator().map(Object::toString).orElse("-") + " " + f.records())
        .collect(Collectors.joining("\n"));
  }

  public static void main(String[] args) {
    System.out.println("locale: " + Locale.getDefault().toLanguageTag());
    System.out.println(describe(PerfEngine.builder().build()));
  }
}
