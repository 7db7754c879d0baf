package io.perfcomm.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.rules.PerfEngine;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The engine builds and checks alike whatever the JVM's default locale. Under Turkish and Azeri,
 * {@code "id".toUpperCase()} is {@code "İD"}: code that derives a getter name with the default locale
 * finds no {@code getId}. Each locale gets a JVM of its own, started with it, since a library may read
 * the default locale once at start-up.
 */
class DefaultLocaleTest {

  @Test
  void engineBuildsAndChecksAlikeUnderTurkishAndAzeriDefaultLocales() throws Exception {
    String expected = LocaleCheck.describe(PerfEngine.withDefaults());
    List<String[]> locales = List.of(new String[] {"tr", "TR"}, new String[] {"az", "AZ"});
    List<Process> processes = new ArrayList<>();
    List<File> outputs = new ArrayList<>();
    // Both JVMs at once: each spends most of its few seconds compiling the rule sheets.
    for (String[] locale : locales) {
      File output = File.createTempFile("locale-check-" + locale[0], ".log");
      output.deleteOnExit();
      outputs.add(output);
      processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // C1 only: half the CPU time for a JVM that lives a few seconds, mostly compiling rule sheets.
          "-XX:TieredStopAtLevel=1",
          "-Duser.language=" + locale[0], "-Duser.country=" + locale[1],
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
          "-cp", System.getProperty("java.class.path"), LocaleCheck.class.getName())
          .redirectErrorStream(true).redirectOutput(output).start());
    }
    for (int i = 0; i < locales.size(); i++) {
      Process process = processes.get(i);
      try {
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the check under " + locales.get(i)[0] + " did not finish");
      } finally {
        process.destroyForcibly();
      }
      String output = Files.readString(outputs.get(i).toPath(), StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), output);
      assertTrue(output.startsWith("locale: " + locales.get(i)[0] + "-" + locales.get(i)[1]), output);
      assertEquals(expected, output.substring(output.indexOf('\n') + 1).strip(), "findings under " + locales.get(i)[0]);
    }
  }
}
