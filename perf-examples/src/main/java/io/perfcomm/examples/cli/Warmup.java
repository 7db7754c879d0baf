package io.perfcomm.examples.cli;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.perfcomm.rules.PerfEngine;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads, on background threads while picocli reads the command line and the file is read, what a
 * command that checks a cycle is sure to need: the JSON reader, the default engine and ICU's texts.
 * A cold start is mostly loading classes one after another, and a second core can take a part of
 * that (about 0.2 s of 2.2 s on two cores, where the JIT compilers want the same core). Nothing here
 * changes what a command does: each piece is what the command would have loaded first itself, and a
 * failure here is dropped, for the command to meet again and report (the default engine is built
 * again and fails with its own exception).
 */
final class Warmup {

  private static final String READER = "perf-warmup-reader";

  private static final String ENGINE = "perf-warmup-engine";

  private static final Set<String> CHECKING = Set.of("check", "agenda", "due", "report", "demo");

  private Warmup() {}

  /** Starts the warm-up for a command line that checks a cycle; does nothing for any other. */
  static void startFor(String[] args) {
    Set<String> plan = plan(args);
    if (plan.contains(READER)) {
      start(READER, () -> {
        load("io.perfcomm.core.json.CycleJson");
        texts(LanguageOption.of(List.of(args)));
      });
    }
    if (plan.contains(ENGINE)) {
      start(ENGINE, PerfEngine::withDefaults);
    }
  }

  /** The warm-up threads a command line gets: none, the reader's, or the reader's and the engine's. */
  static Set<String> plan(String[] args) {
    List<String> words = List.of(args);
    if (words.isEmpty() || !CHECKING.contains(words.get(0)) || words.contains("--help") || words.contains("-h")) {
      return Set.of();
    }
    // With any engine option the command builds an engine of its own: the default one would be built in vain.
    boolean ownEngine = words.stream().anyMatch(word -> EngineOptions.NAMES.stream().anyMatch(word::startsWith));
    return ownEngine ? Set.of(READER) : Set.of(READER, ENGINE);
  }

  private static void start(String name, Runnable work) {
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // The command meets the same failure where it can report it.
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void load(String className) {
    try {
      Class.forName(className, true, Warmup.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ICU's plural rules, number format and line breaks for the output's language. */
  private static void texts(Locale locale) {
    new MessageFormat("{0, plural, one {# finding} other {# findings}}", ULocale.forLocale(locale)).format(new Object[] {2});
    BreakIterator.getLineInstance(ULocale.ROOT).setText("绩效面谈 performance interview");
  }
}
