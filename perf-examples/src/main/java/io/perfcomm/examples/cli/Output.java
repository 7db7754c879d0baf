package io.perfcomm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: standard output, or a file given with {@code --out} (UTF-8). */
final class Output {

  private Output() {}

  /** Writes the whole result at once, so a failure leaves nothing half-written on standard output. */
  static void write(String result, Path file, PrintWriter out) {
    if (file == null) {
      out.print(result);
      out.flush();
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new InputProblem("--out " + file + ": the directory " + parent + " does not exist");
      }
      Files.writeString(file, result, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputProblem("--out " + file + ": cannot be written: " + Inputs.describe(e));
    }
  }
}
