package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The temporary file an {@code --out} report is written through: owner-only from its first byte,
 * gone when the JVM is stopped with SIGTERM, and swept by the next write when a killed run left it.
 */
class TemporaryFilesTest {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  @Test
  void theTemporaryFileIsReadableByItsOwnerOnlyWhileTheReportIsWritten(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    List<Set<PosixFilePermission>> seen = new ArrayList<>();
    Output.toFile(report, out -> {
      out.write("<html>".getBytes(StandardCharsets.UTF_8));
      seen.add(Files.getPosixFilePermissions(temporaries(dir).get(0)));
    });
    assertEquals(List.of(OWNER_ONLY), seen);
  }

  @Test
  void aReplacedOwnerOnlyReportStaysOwnerOnly(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.html"), "old");
    Files.setPosixFilePermissions(report, OWNER_ONLY);
    Output.toFile(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(report));
  }

  @Test
  void aNewReportGetsThePermissionsOfAnyNewFile(@TempDir Path dir) throws Exception {
    Path probe = Files.createFile(dir.resolve("probe"));
    Path report = dir.resolve("report.html");
    Output.toFile(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(report));
  }

  @Test
  void staleTemporaryFilesOfPerfsNamingAreSweptAndOthersLeft(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    Path stale = Files.writeString(dir.resolve(".report.html." + UUID.randomUUID() + ".tmp"), "killed run");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Output.STALE).minusSeconds(60)));
    Path fresh = Files.writeString(dir.resolve(".report.html." + UUID.randomUUID() + ".tmp"), "another run now");
    Path notOurs = Files.writeString(dir.resolve(".report.html.notes.tmp"), "the user's");
    Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Output.STALE).minusSeconds(60)));
    Output.toFile(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Files.exists(stale), "stale temporary file swept");
    assertTrue(Files.exists(fresh), "a temporary file another run may be writing is left");
    assertTrue(Files.exists(notOurs), "a file not of perf's naming is left");
  }

  @Test
  void sigtermWhileWritingLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), report.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine());
      assertEquals(1, temporaries(dir).size(), "the temporary file exists while writing");
      process.destroy();  // SIGTERM
      assertTrue(process.waitFor(20, TimeUnit.SECONDS));
    } finally {
      process.destroyForcibly();
    }
    assertEquals(List.of(), temporaries(dir));
    assertFalse(Files.exists(report));
  }

  private static List<Path> temporaries(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }
}
