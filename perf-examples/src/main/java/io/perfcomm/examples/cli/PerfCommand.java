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
import io.perfcomm.core.Printable;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/** The {@code perf} command: its subcommands check, agenda, due, report, demo and generate; the jar's main class. */
@Command(name = "perf", mixinStandardHelpOptions = true, versionProvider = PerfCommand.Version.class,
    // One element per paragraph: picocli wraps each at the usage width.
    description = {"Checks that performance communication (绩效沟通) followed the standard process, proposes"
        + " interview agendas, and reports where the process fails (绩效外循环).",
        "Start with: java -jar perf.jar demo"},
    subcommands = {DemoCommand.class, CheckCommand.class, AgendaCommand.class, DueCommand.class, ReportCommand.class,
        GenerateCommand.class, CommandLine.HelpCommand.class},
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit status of check: 0 no ERROR finding, 1 at least one ERROR finding, 2 the input could not be read"
        + " or the command line is wrong, 3 the check could not be completed (a rule failed, memory ran out, the"
        + " output could not be written)."})
public final class PerfCommand implements Runnable {

  /** Exit status when the input could not be used or the command line is wrong (docs/format.md). */
  static final int INPUT_PROBLEM = 2;

  /** Exit status when the check could not be completed: a rule failed, memory ran out, output failed (docs/format.md). */
  static final int NOT_COMPLETED = 3;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // "perf" alone: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line as the jar runs it: UTF-8 output, problems as messages, exit status 0/1/2/3. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    Warmup.startFor(args);
    int status;
    try {
      status = commandLine().setOut(out).setErr(err).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Exhausted while picocli itself was working, outside the commands: still one line and exit 3.
      err.println("perf: " + Exhaustion.describe(e, "the check"));
      status = NOT_COMPLETED;
    }
    out.flush();
    if (out.checkError() && status < INPUT_PROBLEM) {
      // Output.write reports failed writes itself; this catches any a command made without it.
      err.println("perf: standard output could not be written (disk full or closed pipe?)");
      status = NOT_COMPLETED;
    }
    err.flush();
    System.exit(status);
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new PerfCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionStrategy(new Exhaustion())
        .setExecutionExceptionHandler(new Problems())
        .setParameterExceptionHandler(new Mistakes());
  }

  /** What a command's failure leaves undone: {@code perf agenda} makes an agenda (after a check), the others a check. */
  static String whatFails(String command) {
    return "agenda".equals(command) ? "the agenda" : "the check";
  }

  /**
   * Runs the command, turning running out of heap or stack into one line on standard error and exit 3.
   * picocli hands only {@link Exception}s to {@link Problems}; an {@link Error} would escape as a raw
   * stack trace with the JVM's exit status 1, which reads as "ERROR findings".
   */
  static final class Exhaustion implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy commands = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parseResult) {
      try {
        return commands.execute(parseResult);
      } catch (OutOfMemoryError | StackOverflowError e) {
        // The stack has unwound, so the cycle and the report are garbage by now: there is room to print.
        CommandLine command = parseResult.subcommand() != null ? parseResult.subcommand().commandSpec().commandLine()
            : parseResult.commandSpec().commandLine();
        command.getErr().println("perf " + command.getCommandName() + ": " + describe(e, whatFails(command.getCommandName())));
        command.getErr().flush();
        return NOT_COMPLETED;
      }
    }

    static String describe(VirtualMachineError e, String what) {
      if (e instanceof StackOverflowError) {
        return what + " could not be completed: it ran out of stack (nesting too deep, or a rule recursing"
            + " without end); try java -Xss8m -jar perf.jar …";
      }
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      return what + " could not be completed: it ran out of memory (Java heap " + mb + " MB); give Java more,"
          + " e.g. java -Xmx2g -jar perf.jar …, or split the file";
    }
  }

  /**
   * Prints an input problem as its lines (exit 2), and anything else as one line, never a stack trace
   * (exit 3: the input was read, but the check could not be completed).
   */
  static final class Problems implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InputProblem) {
        // Each line names values from the input (ids, fields, file names): one line each, whatever they hold.
        ((InputProblem) e).lines().forEach(line ->
            err.println("perf " + commandLine.getCommandName() + ": " + Printable.oneLine(line)));
        err.flush();
        return INPUT_PROBLEM;
      }
      if (e instanceof OutputProblem) {
        err.println("perf " + commandLine.getCommandName() + ": " + Printable.oneLine(String.valueOf(e.getMessage())));
      } else {
        // A failure of perf itself (or of a host rule): say so in one line; PERF_DEBUG=1 shows the trace.
        err.println("perf " + commandLine.getCommandName() + ": " + whatFails(commandLine.getCommandName())
            + " could not be completed: " + describe(e));
        if (System.getenv("PERF_DEBUG") != null) {
          e.printStackTrace(err);
        }
      }
      err.flush();
      return NOT_COMPLETED;
    }

    private static String describe(Throwable e) {
      String message = e.getMessage();
      // One line, whatever the message holds (a rule's exception may span several).
      return message == null || message.isBlank() ? e.getClass().getSimpleName()
          : Printable.oneLine(message.strip().replaceAll("\\s+", " "));
    }
  }

  /**
   * A mistake on the command line: one line saying what is wrong and a pointer to {@code --help}, exit
   * 2; the whole help would bury the one line that matters. Arguments are quoted one line each.
   */
  static final class Mistakes implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      String name = command.getCommandSpec().qualifiedName();
      String message = e.getMessage() == null ? "invalid command line" : e.getMessage().strip().replaceAll("\\s+", " ");
      err.println(name + ": " + Printable.oneLine(message));
      err.println(name + ": see '" + name + " --help'");
      err.flush();
      return command.getCommandSpec().exitCodeOnInvalidInput();
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
