package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * perf's own rules come from the executable model made at perf's build: an engine without host
 * sheets loads neither the DRL parser, nor the MVEL compiler, nor ecj. Each case runs {@link
 * ColdCheck} in a fresh JVM with {@code -verbose:class}, as a host's first test would start.
 */
class DrlCompilerLoadTest {

  /** Class-name prefixes of the DRL compiler's parts. */
  private static final List<String> DRL_COMPILER = List.of(
      "org.drools.drl.parser.", "org.eclipse.jdt.", "org.mvel2.compiler.", "org.drools.compiler.compiler.DrlParser",
      "org.drools.mvel.java.JavaDialect");

  @Test
  void perfsOwnRulesLoadNoPartOfTheDrlCompiler() throws Exception {
    List<String> loaded = run();
    List<String> compiler = loaded.stream().filter(DrlCompilerLoadTest::isDrlCompiler).collect(Collectors.toList());
    assertEquals(List.of(), compiler.subList(0, Math.min(10, compiler.size())));
  }

  @Test
  void aHostSheetLoadsTheDrlCompiler() throws Exception {
    List<String> loaded = run("com/acme/perf/acme.drl");
    assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.drools.drl.parser.")), "no DRL parser class loaded");
    assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.eclipse.jdt.")), "no ecj class loaded");
  }

  private static boolean isDrlCompiler(String className) {
    return DRL_COMPILER.stream().anyMatch(className::startsWith);
  }

  /** The classes a fresh JVM loads running {@link ColdCheck}. */
  private static List<String> run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off", "-verbose:class", "-cp", System.getProperty("java.class.path"), ColdCheck.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output.lines().filter(l -> !l.startsWith("[")).collect(Collectors.joining("\n")));
    assertTrue(output.contains("cold check:"), output.lines().filter(l -> !l.startsWith("[")).collect(Collectors.joining("\n")));
    List<String> classes = new ArrayList<>();
    for (String line : output.split("\\R")) {
      int at = line.indexOf("[class,load] ");
      if (at >= 0) {
        String rest = line.substring(at + "[class,load] ".length());
        classes.add(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
      }
    }
    return classes;
  }
}
