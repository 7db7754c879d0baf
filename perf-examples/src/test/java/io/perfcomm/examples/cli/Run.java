package io.perfcomm.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the perf command line in-process through picocli, capturing exit status, output and errors. */
record Run(int exit, String out, String err) {

  static Run perf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PerfCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The path of the demo cycle in the source tree, usable as a FILE argument. */
  static String demoFile() {
    return "src/main/resources" + DemoCommand.RESOURCE;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
