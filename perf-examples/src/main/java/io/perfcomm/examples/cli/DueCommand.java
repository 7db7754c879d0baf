package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.due.DueList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perf due}: every step still open at the cycle's asOf, per person who acts, by day (DOMAIN.md §8). */
@Command(name = "due", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List what is due next: every step of the standard process still open at asOf.",
        "For each: who must act (evaluator, employee, HR), for whom, by which day, and whether that day has"
            + " passed."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the list was written (it may be empty: nothing is due)",
        "2:the input could not be read, names no such --actor, or the command line is wrong",
        "3:the list could not be completed: a rule failed, memory ran out, or the output could not be written"})
public final class DueCommand implements Callable<Integer> {

  /** The forms of the list. */
  enum Format { text, markdown, json, ics }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cycle file (docs/format.md, perf-cycle/1).")
  private Path file;

  @Option(names = "--actor", paramLabel = "ID", description = "Only the steps this person must take (an evaluator, an employee, HR).")
  private String actor;

  @Option(names = "--within", paramLabel = "DAYS",
      description = "Only the steps due within DAYS days of asOf (0: today), and every overdue one.")
  private Integer within;

  @Option(names = {"-f", "--format"}, paramLabel = "text|markdown|json|ics", defaultValue = "text",
      description = "text (per person, for a terminal), markdown (a task list), json (docs/format.md, perf-due/1) or ics"
          + " (iCalendar, RFC 5545: one event per step with a stable UID). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin
  private LanguageOption language;

  @Mixin
  private EngineOptions engineOptions;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path out;

  @Override
  public Integer call() {
    if (within != null && within < 0) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--within': " + within
          + " is negative (0 means today)");
    }
    Texts texts = new Texts(language.locale());
    Output.requireUsable(out, engineOptions.inputsWith(List.of(file)));
    Cycle cycle = Inputs.cycle(file);
    if (actor != null && cycle.person(PersonId.of(actor)).isEmpty()) {
      throw new InputProblem(file + ": --actor " + actor + ": the cycle has no person with this id");
    }
    DueList due = engineOptions.engine().due(cycle);
    if (actor != null) {
      due = due.forActor(PersonId.of(actor));
    }
    if (within != null) {
      due = due.within(within);
    }
    String result;
    switch (format) {
      case json:
        result = due.toJson(texts.locale());
        break;
      case ics:
        result = DueCalendar.write(due, texts);
        break;
      case markdown:
        result = text(due, texts, new Terminal(false)).markdown();
        break;
      default:
        result = text(due, texts, out == null ? Terminal.detect() : new Terminal(false)).text();
    }
    Output.write(result, out, spec.commandLine().getOut());
    return 0;
  }

  private DueText text(DueList due, Texts texts, Terminal terminal) {
    return new DueText(due, texts, terminal,
        Optional.ofNullable(within).map(days -> due.asOf().toLocalDate().plusDays(days)));
  }
}
