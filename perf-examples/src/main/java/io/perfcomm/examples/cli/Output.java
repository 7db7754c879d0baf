package io.perfcomm.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.UUID;

/**
 * Where a command's result goes: standard output, or a file given with {@code --out} (UTF-8). A file
 * is written whole or not at all: into a temporary file beside it, then moved into place, so a full
 * disk leaves the previous file as it was. A failed write is an {@link OutputProblem} (exit 3).
 */
final class Output {

  /** Writes a result's bytes to a stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private Output() {}

  /**
   * Fails with an {@link InputProblem} (exit 2) before anything is read or written when {@code --out}
   * cannot be a result file: its folder is missing, it is a folder, or it is one of the inputs (by real
   * path, so a symbolic link or a relative name to an input is caught too).
   */
  static void requireUsable(Path file, Collection<Path> inputs) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new InputProblem("--out " + file + ": is a directory, not a file");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputProblem("--out " + file + ": the directory " + parent + " does not exist");
    }
    if (!Files.exists(file)) {
      return;  // A file that does not exist yet is none of the inputs, which must exist.
    }
    for (Path input : inputs) {
      if (input != null && isSameFile(file, input)) {
        throw new InputProblem("--out " + file + ": is the input file " + input
            + "; writing there would destroy it: choose another output file");
      }
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;  // An input that cannot be resolved is reported when it is read.
    }
  }

  /** Writes the whole result at once to the file, or to standard output when there is no file. */
  static void write(String result, Path file, PrintWriter out) {
    if (file == null) {
      print(result, out);
    } else {
      toFile(file, stream -> stream.write(result.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * Prints to standard output and checks that it arrived: a {@link PrintWriter} swallows write errors,
   * so a full disk ({@code > /dev/full}) or a closed pipe would otherwise exit 0 with nothing written.
   */
  static void print(String text, PrintWriter out) {
    out.print(text);
    out.flush();
    if (out.checkError()) {
      throw new OutputProblem("standard output could not be written (disk full or closed pipe?); the result is lost");
    }
  }

  /** Writes a file atomically: a temporary file in the same folder, moved over the target once complete. */
  static void toFile(Path file, Body body) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A device or a pipe (/dev/stdout, a FIFO) is a stream, not a file to replace: write into it.
      try (OutputStream out = Files.newOutputStream(file)) {
        body.writeTo(out);
      } catch (IOException e) {
        throw new OutputProblem("--out " + file + ": could not be written: " + Inputs.describe(e));
      }
      return;
    }
    Path target = target(file);
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      // CREATE_NEW: the file gets the default permissions a new file gets (unlike createTempFile's 0600).
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new OutputProblem("--out " + file + ": could not be written: " + Inputs.describe(e)
          + (Files.exists(target) ? "; the previous file is left as it was" : ""));
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Nothing more can be done about a temporary file that will not go; the target is safe either way.
      }
    }
  }

  /** The file to replace: through a symbolic link to the file it names, so the link stays a link. */
  private static Path target(Path file) {
    try {
      return Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
    } catch (IOException e) {
      return file.toAbsolutePath();
    }
  }

  /** A replaced report keeps the permissions its owner gave it (a confidential report may be 0600). */
  private static void keepPermissions(Path target, Path temporary) {
    if (!Files.exists(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    } catch (IOException | UnsupportedOperationException e) {
      // Not a POSIX file system: the new file has the default permissions.
    }
  }
}
