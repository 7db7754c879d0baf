package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.FindingsJson;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perf check}: checks one cycle file against every checkpoint and reports the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    // One element per paragraph, picocli wraps it; the first is what the command list of perf --help shows.
    description = {"Check a cycle file against the checkpoints and report the findings.",
        "Exit status: 0 no ERROR finding, 1 at least one ERROR finding, 2 the input could not be read,"
            + " 3 the check could not be completed."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no ERROR finding", "1:at least one ERROR finding",
        "2:the input could not be read or the command line is wrong, e.g. --out names an input file (a message on"
            + " standard error, nothing on standard output)",
        "3:the check could not be completed: a rule failed, memory ran out, or the output could not be written"
            + " (a message on standard error; an --out file is written whole or not at all)"})
public final class CheckCommand implements Callable<Integer> {

  /** The forms of the findings. */
  enum Format { text, json, html }

  /** The groupings of the text report. */
  enum By { employee, checkpoint }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The cycle file (docs/format.md, perf-cycle/1).")
  private Path file;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|html", defaultValue = "text",
      description = "text (grouped, for a terminal), json (docs/format.md, perf-findings/1) or html (one self-contained page). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--by", paramLabel = "employee|checkpoint", defaultValue = "employee",
      description = "Group the text report by employee or by checkpoint. Default: ${DEFAULT-VALUE}.")
  private By by;

  @Mixin
  private LanguageOption language;

  @Mixin
  private EngineOptions engineOptions;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path out;

  @Override
  public Integer call() {
    Texts texts = new Texts(language.locale());
    Progress progress = Progress.on(spec.commandLine().getErr(), texts);
    try {
      return run(texts, progress);
    } finally {
      progress.done();
    }
  }

  private int run(Texts texts, Progress progress) {
    Output.requireUsable(out, engineOptions.inputsWith(List.of(file)));
    progress.stage("progress.reading", file.getFileName());
    Cycle cycle = Inputs.cycle(file);
    progress.stage("progress.engine");
    PerfEngine engine = engineOptions.engine();
    progress.stage("progress.checking", cycle.employees().size());
    Report report = Inputs.check(engine, cycle, file);
    progress.stage("progress.writing", format);
    String result;
    switch (format) {
      case json:
        result = FindingsJson.write(report, texts.locale());
        break;
      case html:
        result = new HtmlReport(texts).check(cycle, report, file.getFileName().toString());
        break;
      default:
        result = new FindingsText(report, cycle, texts, out == null ? Terminal.detect() : new Terminal(false))
            .write(by == By.checkpoint ? FindingsText.Grouping.CHECKPOINT : FindingsText.Grouping.EMPLOYEE);
    }
    progress.done();
    Output.write(result, out, spec.commandLine().getOut());
    return report.hasErrors() ? 1 : 0;
  }
}
