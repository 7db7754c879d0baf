package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.outer.CheckedCycle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perf report}: the outer-loop report (绩效外循环) over one or more cycle files, as one HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    // One element per paragraph, picocli wraps it; the first is what the command list of perf --help shows.
    description = {"Write the outer-loop report (绩效外循环) of one or more cycle files as one HTML page.",
        "Checks the files (several departments, several periods) and writes one self-contained HTML page:"
            + " findings by checkpoint, evaluator and department, an evaluator × checkpoint heat map,"
            + " evaluators whose certification is at risk, and the trend across periods."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the report was written",
        "2:an input could not be read or the command line is wrong, e.g. --out names an input (nothing is written)",
        "3:the report could not be completed: a rule failed, memory ran out, or the file could not be written"
            + " (an existing file is left as it was)"})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Cycle files (docs/format.md, perf-cycle/1), of one or more periods.")
  private List<Path> files;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The HTML file to write, e.g. report.html.")
  private Path out;

  @Mixin
  private LanguageOption language;

  @Mixin
  private EngineOptions engineOptions;

  @Override
  public Integer call() {
    Texts texts = new Texts(language.locale());
    Progress progress = Progress.on(spec.commandLine().getErr(), texts);
    try {
      Output.requireUsable(out, engineOptions.inputsWith(files));
      // Every file is read first, so one run names every broken file and checks none of them.
      List<Cycle> cycles = Inputs.cycles(files, progress);
      progress.stage("progress.engine");
      PerfEngine engine = engineOptions.engine();
      List<CheckedCycle> checked = new ArrayList<>();
      // Each file's employees once: an employee-month each, as the report counts them.
      int employeeMonths = 0;
      for (int i = 0; i < cycles.size(); i++) {
        Cycle cycle = cycles.get(i);
        progress.stage("progress.report", files.get(i).getFileName(), cycle.employees().size());
        checked.add(new CheckedCycle(files.get(i).getFileName().toString(), cycle, Inputs.check(engine, cycle, files.get(i))));
        employeeMonths += cycle.employees().size();
      }
      progress.stage("progress.writing", out.getFileName());
      String html = new HtmlReport(texts).report(checked);
      Output.write(html, out, spec.commandLine().getOut());
      progress.done();
      int findings = checked.stream().mapToInt(c -> c.report().findings().size()).sum();
      Output.print(texts.get("report.done", out, files.size(), employeeMonths, findings) + System.lineSeparator(),
          spec.commandLine().getOut());
      return 0;
    } finally {
      progress.done();
    }
  }
}
