package io.perfcomm.examples.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/** The {@code perf} command: its subcommands check, agenda, report, demo and generate; the jar's main class. */
@Command(name = "perf", mixinStandardHelpOptions = true, versionProvider = PerfCommand.Version.class,
    description = {"Checks that performance communication (绩效沟通) followed the standard process, proposes",
        "interview agendas, and reports where the process fails (绩效外循环).",
        "Start with: java -jar perf.jar demo"},
    subcommands = {DemoCommand.class, CheckCommand.class, AgendaCommand.class, ReportCommand.class,
        GenerateCommand.class, CommandLine.HelpCommand.class},
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit status of check: 0 no ERROR finding, 1 at least one ERROR finding, 2 the input could not be read."})
public final class PerfCommand implements Runnable {

  /** Exit status when the input could not be used (FORMAT.md). */
  static final int INPUT_PROBLEM = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // "perf" alone: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line as the jar runs it: UTF-8 output, input problems as messages, exit status 0/1/2. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = commandLine().setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new PerfCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Problems());
  }

  /** Prints an input problem as its lines, and anything unexpected as one line, never a stack trace. */
  static final class Problems implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InputProblem) {
        ((InputProblem) e).lines().forEach(line -> err.println("perf " + commandLine.getCommandName() + ": " + line));
      } else {
        // A failure of perf itself (or of a host rule): say so in one line; PERF_DEBUG=1 shows the trace.
        err.println("perf " + commandLine.getCommandName() + ": failed: " + describe(e));
        if (System.getenv("PERF_DEBUG") != null) {
          e.printStackTrace(err);
        }
      }
      err.flush();
      return INPUT_PROBLEM;
    }

    private static String describe(Throwable e) {
      String message = e.getMessage();
      return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
  }

  /** The version from the jar's Maven descriptor, with the Java version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = "development build";
      try (InputStream in = PerfCommand.class.getResourceAsStream(
          "/META-INF/maven/io.perfcomm/perf-examples/pom.properties")) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          version = properties.getProperty("version", version);
        }
      } catch (java.io.IOException e) {
        // Keep "development build".
      }
      return new String[] {"perf " + version, "Java " + System.getProperty("java.version")
          + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
