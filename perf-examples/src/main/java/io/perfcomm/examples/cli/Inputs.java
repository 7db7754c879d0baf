package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.core.policy.Policy;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the files the commands are given, turning every way they can be wrong into an {@link InputProblem}. */
final class Inputs {

  private Inputs() {}

  /** A cycle file, or one problem line per thing wrong with it, each starting with the file name. */
  static Cycle cycle(Path file) {
    requireReadableFile(file, "");
    try {
      return CycleJson.read(file);
    } catch (InvalidCycleException e) {
      throw new InputProblem(e.problems().stream().map(p -> file + ": " + p).collect(Collectors.toList()));
    } catch (IOException e) {
      throw new InputProblem(file + ": cannot be read: " + describe(e));
    }
  }

  /** A policy file (docs/format.md, Policy), or its problems, each starting with "policy file". */
  static Policy policy(Path file) {
    requireReadableFile(file, "policy file ");
    try {
      return CycleJson.readPolicy(file);
    } catch (InvalidCycleException e) {
      throw new InputProblem(e.problems().stream().map(p -> "policy file " + file + ": " + p).collect(Collectors.toList()));
    } catch (IOException e) {
      throw new InputProblem("policy file " + file + ": cannot be read: " + describe(e));
    }
  }

  /** Fails with one clear line unless the path is a regular, readable file. */
  static void requireReadableFile(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new InputProblem(what + file + ": is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new InputProblem(what + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new InputProblem(what + file + ": cannot be read (permission denied)");
    }
  }

  /** An I/O failure in a few words, without the exception's class name. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }

  /** The problem lines of several files, all of them, so one run names everything wrong. */
  static List<Cycle> cycles(List<Path> files, Progress progress) {
    List<Cycle> cycles = new java.util.ArrayList<>();
    List<String> problems = new java.util.ArrayList<>();
    int n = 0;
    for (Path file : files) {
      progress.step(++n, files.size(), file.getFileName().toString());
      try {
        cycles.add(cycle(file));
      } catch (InputProblem e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputProblem(problems);
    }
    return cycles;
  }
}
