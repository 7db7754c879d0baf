package io.perfcomm.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A JVM stopped while it writes a result file: says "writing" once the temporary file has bytes, then waits. */
final class SlowWrite {

  private SlowWrite() {}

  public static void main(String[] args) {
    Output.toFile(Path.of(args[0]), out -> {
      out.write("confidential".getBytes(StandardCharsets.UTF_8));
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
