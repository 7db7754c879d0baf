package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.InvalidCycleException;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perf agenda}: the agenda of a result interview, or of another communication with an employee. */
@Command(name = "agenda", mixinStandardHelpOptions = true, sortOptions = false,
    // One element per paragraph, picocli wraps it; the first is what the command list of perf --help shows.
    description = {"Propose the agenda of a conversation with an employee.",
        "A result interview (--interview ID), or an INDICATOR, ROLE, DAILY or APPLICATION communication"
            + " (--employee ID --type TYPE)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the agenda was written",
        "2:the input could not be read, has no such interview or employee, or the command line is wrong",
        "3:the agenda could not be completed: a rule failed, memory ran out, or the output could not be written"})
public final class AgendaCommand implements Callable<Integer> {

  /** The forms of the agenda. */
  enum Format { text, markdown, json }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cycle file (docs/format.md, perf-cycle/1).")
  private Path file;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Subject subject;

  @Option(names = {"-f", "--format"}, paramLabel = "text|markdown|json", defaultValue = "text",
      description = "text, markdown, or json (docs/format.md, perf-agenda/1). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin
  private LanguageOption language;

  @Mixin
  private EngineOptions engineOptions;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path out;

  /** Either a result interview, or an employee and a communication type. */
  static final class Subject {
    @Option(names = "--interview", paramLabel = "ID", required = true, description = "The result interview's id.")
    String interview;

    @ArgGroup(exclusive = false)
    EmployeeAndType employeeAndType;
  }

  /** An employee and the type of communication to prepare. */
  static final class EmployeeAndType {
    @Option(names = "--employee", paramLabel = "ID", required = true, description = "The employee's id.")
    String employee;

    @Option(names = "--type", paramLabel = "TYPE", required = true,
        description = "INDICATOR, ROLE, DAILY, APPLICATION, or RESULT (the employee's latest result interview).")
    CommunicationType type;
  }

  @Override
  public Integer call() {
    Texts texts = new Texts(language.locale());
    Output.requireUsable(out, engineOptions.inputsWith(List.of(file)));
    Cycle cycle = Inputs.cycle(file);
    PerfEngine engine = engineOptions.engine();
    Agenda agenda;
    try {
      agenda = subject.interview != null
          ? engine.agenda(cycle, InterviewId.of(subject.interview))
          : engine.agenda(cycle, PersonId.of(subject.employeeAndType.employee), subject.employeeAndType.type);
    } catch (InvalidCycleException e) {
      // The cycle's policy names a checkpoint the engine does not have.
      throw new InputProblem(e.problems().stream().map(p -> file + ": " + p).collect(Collectors.toList()));
    } catch (IllegalArgumentException e) {
      // No such interview or employee in the file: the engine's message names it.
      throw new InputProblem(file + ": " + e.getMessage());
    }
    String result;
    switch (format) {
      case json:
        result = agenda.render(AgendaFormat.JSON, texts.locale());
        result = result.endsWith("\n") ? result : result + "\n";
        break;
      case markdown:
        result = agenda.render(AgendaFormat.MARKDOWN, texts.locale());
        break;
      default:
        result = AgendaText.write(agenda, cycle, texts.locale());
    }
    Output.write(result, out, spec.commandLine().getOut());
    return 0;
  }
}
