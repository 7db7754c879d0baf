package io.perfcomm.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where a command's result goes: standard output, or a file given with {@code --out} (UTF-8). A file
 * is written whole or not at all: into a temporary file beside it, then moved into place, so a full
 * disk leaves the previous file as it was. A failed write is an {@link OutputProblem} (exit 3).
 *
 * <p>The temporary file holds the whole report before it is in place, so it is created readable by
 * its owner only (0600), deleted when the JVM shuts down (SIGTERM, Ctrl-C) and, when a killed run
 * (SIGKILL) left one behind, swept by the next write to the same file once it is {@link #STALE} old.
 */
final class Output {

  /** How old a temporary file of perf's naming must be to count as left behind: no write takes this long between bytes. */
  static final Duration STALE = Duration.ofMinutes(10);

  /** {@code .report.html.<uuid>.tmp}: the temporary files {@link #toFile} makes, and only those. */
  private static final Pattern TEMPORARY = Pattern.compile(
      "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  /** The temporary files being written now, deleted by the shutdown hook if the JVM stops first. */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Output::deleteWriting, "perf-output-cleanup"));
  }

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
    sweep(target);
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    WRITING.add(temporary);
    try {
      // Owner-only from the first byte: another local user must not read a confidential report while it is written.
      try (OutputStream out = create(temporary)) {
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
      WRITING.remove(temporary);
    }
  }

  /** A new file readable and writable by its owner only, where the file system knows POSIX permissions. */
  private static OutputStream create(Path temporary) throws IOException {
    Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Channels.newOutputStream(
          Files.newByteChannel(temporary, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY)));
    }
    return Channels.newOutputStream(Files.newByteChannel(temporary, options));
  }

  /** Deletes the temporary files of perf's naming beside the target that a killed run left behind. */
  static void sweep(Path target) {
    Path folder = target.getParent();
    String prefix = "." + target.getFileName() + ".";
    if (folder == null) {
      return;
    }
    FileTime before = FileTime.from(Instant.now().minus(STALE));
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder,
        p -> p.getFileName().toString().startsWith(prefix) && TEMPORARY.matcher(p.getFileName().toString()).matches())) {
      for (Path sibling : siblings) {
        if (!WRITING.contains(sibling) && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
          Files.deleteIfExists(sibling);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Sweeping is housekeeping: a folder that cannot be listed still gets its report.
    }
  }

  private static void deleteWriting() {
    for (Path temporary : WRITING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // The JVM is stopping: nothing more can be done.
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

  /**
   * A replaced report keeps the permissions its owner gave it (a confidential report may be 0600); a new
   * one gets those a new file gets under the process's umask, as before it was written through an
   * owner-only temporary file. Where the umask cannot be read, it stays owner-only.
   */
  private static void keepPermissions(Path target, Path temporary) {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      } else {
        Optional<Set<PosixFilePermission>> fresh = newFilePermissions();
        if (fresh.isPresent()) {
          Files.setPosixFilePermissions(temporary, fresh.get());
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Not a POSIX file system: the new file has the default permissions.
    }
  }

  /** 0666 less the umask, read from {@code /proc/self/status} (Linux); empty elsewhere. */
  static Optional<Set<PosixFilePermission>> newFilePermissions() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("Umask:")) {
          int mode = 0666 & ~Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
          Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
          PosixFilePermission[] bits = PosixFilePermission.values();  // OWNER_READ … OTHERS_EXECUTE, high bit first
          for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
              permissions.add(bits[i]);
            }
          }
          return Optional.of(permissions);
        }
      }
    } catch (IOException | RuntimeException e) {
      // No /proc (not Linux): keep the safe owner-only mode.
    }
    return Optional.empty();
  }
}
