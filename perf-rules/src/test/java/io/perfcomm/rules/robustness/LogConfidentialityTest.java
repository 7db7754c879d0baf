package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.Person;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Logs carry ids and counts, never names, scores, notes or host extensions: a full check logged at
 * TRACE, every Drools and KIE logger included, shows none of them. (At TRACE Drools prints every
 * inserted fact; the domain types leave confidential values and {@code extensions} out of their
 * {@code toString}, perf's own facts print ids only.) The check runs in a JVM of its
 * own: slf4j-simple reads its levels once per JVM, and every other test in this one would otherwise
 * log at TRACE too.
 */
class LogConfidentialityTest {

  @Test
  void traceLogOfACheckAndItsAgendasNamesNoPersonScoreNoteOrExtension() throws Exception {
    String output = runLoggedCheck();
    assertTrue(output.contains("findings: "), output.lines().limit(40).reduce("", (a, b) -> a + "\n" + b));
    assertTrue(output.contains("io.perfcomm.rules.PerfEngine"), "perf's own debug lines were logged");
    assertTrue(output.lines().anyMatch(line -> line.startsWith("agendas: ") && !line.equals("agendas: 0")),
        "agendas were made and logged too");
    Cycle cycle = LoggedCheck.cycle();
    List<String> secrets = new ArrayList<>();
    for (Person person : cycle.people()) {
      secrets.add(person.name());
    }
    secrets.add(LoggedCheck.NAME);
    secrets.add(LoggedCheck.NOTE);
    secrets.add(String.valueOf(LoggedCheck.SCORE));
    secrets.add(LoggedCheck.SALARY);
    secrets.add(LoggedCheck.MEDICAL);
    for (String secret : secrets) {
      assertFalse(output.contains(secret), () -> "the log shows \"" + secret + "\": "
          + output.lines().filter(line -> line.contains(secret)).findFirst().orElse(""));
    }
  }

  private static String runLoggedCheck() throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(javaBin.toString(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.log.io.perfcomm=trace",
        "-Dorg.slf4j.simpleLogger.log.org.drools=trace",
        "-Dorg.slf4j.simpleLogger.log.org.kie=trace",
        "-cp", System.getProperty("java.class.path"),
        LoggedCheck.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(File.createTempFile("logged-check", ".log"));
    Process process = builder.start();
    try {
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the logged check did not finish");
    } finally {
      process.destroyForcibly();
    }
    String output = Files.readString(builder.redirectOutput().file().toPath(), StandardCharsets.UTF_8);
    builder.redirectOutput().file().delete();
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
