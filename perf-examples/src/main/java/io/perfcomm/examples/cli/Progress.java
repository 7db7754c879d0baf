package io.perfcomm.examples.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on standard error, on one line rewritten in place; shown only when the
 * JVM has a console, so redirected and scripted runs stay quiet.
 */
final class Progress {

  private static final Progress QUIET = new Progress(null, null);

  private final PrintWriter err;
  private final Texts texts;
  private final long started = System.nanoTime();
  private int shown;

  private Progress(PrintWriter err, Texts texts) {
    this.err = err;
    this.texts = texts;
  }

  /** Progress on {@code err} when there is a console, else silence. */
  static Progress on(PrintWriter err, Texts texts) {
    return System.console() != null ? new Progress(err, texts) : QUIET;
  }

  /** Silence. */
  static Progress quiet() {
    return QUIET;
  }

  /** Shows a stage by its message key, e.g. "Checking 10,000 employees…". */
  void stage(String key, Object... args) {
    show(texts == null ? "" : texts.get(key, args));
  }

  /** Shows step {@code n} of {@code total}, e.g. reading the third of five files. */
  void step(int n, int total, String what) {
    if (total > 1) {
      show(texts == null ? "" : texts.get("progress.step", n, total, what));
    }
  }

  /** Clears the progress line before the result is written. */
  void done() {
    if (err != null && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }

  private void show(String message) {
    if (err == null) {
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String line = String.format("%s  %.1f s", message, seconds);
    int width = Terminal.width(line);
    err.print("\r" + line + " ".repeat(Math.max(0, shown - width)));
    err.flush();
    shown = Math.max(width, 0);
  }
}
