package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit 3 when the check or the agenda could not be completed after a good read: a rule failed, a bound
 * was passed, or the output could not be written.
 */
class ExitStatusTest {

  private static final Path FULL = Path.of("/dev/full");

  @TempDir
  Path dir;

  @Test
  void aHostRuleThatThrowsIsExitThreeNamingTheRule() throws Exception {
    Path drl = dir.resolve("throws.drl");
    Files.writeString(drl, String.join("\n",
        "package com.acme.perf;",
        "import io.perfcomm.rules.fact.Employee;",
        "rule \"ACME-02 fails on E07\"",
        "when",
        "  Employee(id.value() == \"E07\")",
        "then",
        "  throw new IllegalStateException(\"payroll service\\nunavailable\");",
        "end"), StandardCharsets.UTF_8);
    for (Run run : List.of(Run.perf("check", Run.demoFile(), "--rules", drl.toString()),
        Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--rules", drl.toString()))) {
      assertEquals(3, run.exit(), run::toString);
      assertEquals("", run.out(), "nothing on standard output");
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains("could not be completed") && run.err().contains("ACME-02 fails on E07"), run::toString);
      assertFalse(run.err().contains("\tat "), run::toString);
    }
  }

  /**
   * The agenda's own session fails, after a check that completed: host rules join only the check, so
   * the agenda is made to fail the one way a host can reach it, through the check's findings it holds.
   * A host rule in every employee's session adds 11,000 findings about E07: each session stays far
   * below the bound of 100,000 facts, but E07's agenda session, given all 110,000, does not.
   */
  @Test
  void anAgendaThatCannotBeCompletedIsExitThreeAndOneLine() throws Exception {
    Path drl = dir.resolve("floods.drl");
    Files.writeString(drl, String.join("\n",
        "package com.acme.perf;",
        "import io.perfcomm.core.organisation.PersonId;",
        "import io.perfcomm.rules.Finding;",
        "import io.perfcomm.rules.fact.Employee;",
        "rule \"ACME-03 notes about E07 from every session\"",
        "when",
        "  $e : Employee()",
        "then",
        "  for (int i = 0; i < 11000; i++) {",
        "    insert(Finding.info(\"ACME-03\").employee(PersonId.of(\"E07\")).arg(\"from\", $e.id()).arg(\"n\", i).build());",
        "  }",
        "end"), StandardCharsets.UTF_8);
    Run run = Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--rules", drl.toString());
    assertEquals(3, run.exit(), run::toString);
    assertEquals("", run.out(), "nothing on standard output");
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("perf agenda: the agenda could not be completed: the agenda has more than 100000"
        + " facts"), run::toString);
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
  }

  @Test
  void standardOutputOnAFullDiskIsExitThree() throws Exception {
    assumeTrue(Files.isWritable(FULL), "needs Linux's /dev/full");
    StringWriter err = new StringWriter();
    PrintWriter full = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FULL.toFile()), StandardCharsets.UTF_8));
    int exit = PerfCommand.commandLine().setOut(full).setErr(new PrintWriter(err, true))
        .execute("check", Run.demoFile(), "--format", "json");
    assertEquals(3, exit, err::toString);
    assertEquals("perf check: standard output could not be written (disk full or closed pipe?); the result is lost",
        err.toString().strip());
  }

  @Test
  void theJarsStandardOutputOnAFullDiskIsExitThree() throws Exception {
    assumeTrue(Files.isWritable(FULL), "needs Linux's /dev/full");
    // The real main, its real standard output: generate needs no rule engine, so this takes a second.
    Forked run = Forked.perf(List.of("-XX:TieredStopAtLevel=1"), FULL.toFile(), "generate", "-n", "20");
    assertEquals(3, run.exit(), run::toString);
    assertTrue(run.err().contains("standard output could not be written"), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
  }

  @Test
  void anOutFileThatCannotBeWrittenIsExitThree() throws Exception {
    assumeTrue(Files.isWritable(FULL), "needs Linux's /dev/full");
    Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--out", FULL.toString());
    assertEquals(3, run.exit(), run::toString);
    assertTrue(run.err().contains("--out /dev/full: could not be written"), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
  }

  @Test
  void aFailedWriteLeavesThePreviousFileAsItWasAndNoTemporaryFile() throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "the old report");
    OutputProblem problem = assertThrows(OutputProblem.class, () -> Output.toFile(report, out -> {
      out.write("half a rep".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }));
    assertTrue(problem.getMessage().contains("No space left on device; the previous file is left as it was"), problem::getMessage);
    assertEquals("the old report", Files.readString(report));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(report), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void aReportIntoAReadOnlyFolderIsExitThreeAndKeepsTheOldFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("read-only"));
    Path report = folder.resolve("report.html");
    Files.writeString(report, "the old report");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root writes into read-only folders: there the temporary-file path is covered by the test above.
      assumeTrue(!Files.isWritable(folder), "the user can write into read-only folders (root)");
      Run run = Run.perf("report", Run.demoFile(), "--out", report.toString());
      assertEquals(3, run.exit(), run::toString);
      assertTrue(run.err().contains("the previous file is left as it was"), run::toString);
      assertEquals("the old report", Files.readString(report));
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndALinkStaysALink() throws Exception {
    Path real = dir.resolve("findings.json");
    Files.writeString(real, "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real);
    Run run = Run.perf("check", Run.demoFile(), "--format", "json", "--out", link.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("{"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
  }
}
