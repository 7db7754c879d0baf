package io.perfcomm.examples.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code perf} as the jar does, in a JVM of its own: for heap limits, real standard output, exit status. */
record Forked(int exit, String out, String err) {

  /** Runs {@code java <jvmOptions> -cp <test class path> PerfCommand <args>}, standard output to {@code stdout}. */
  static Forked perf(List<String> jvmOptions, File stdout, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PerfCommand.class.getName());
    command.addAll(List.of(args));
    Path err = Files.createTempFile("perf-forked", ".err");
    Path out = stdout == null ? Files.createTempFile("perf-forked", ".out") : null;
    try {
      Process process = new ProcessBuilder(command).redirectOutput(stdout == null ? out.toFile() : stdout)
          .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("perf " + String.join(" ", args) + " did not end within 60 s");
      }
      return new Forked(process.exitValue(), out == null ? "" : Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
      if (out != null) {
        Files.deleteIfExists(out);
      }
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
