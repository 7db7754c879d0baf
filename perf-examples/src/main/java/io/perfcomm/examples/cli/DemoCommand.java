package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.interview.InterviewId;
import io.perfcomm.core.json.CycleJson;
import io.perfcomm.rules.Checkpoints;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import io.perfcomm.rules.agenda.Agenda;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code perf demo}: checks the sample department shipped in the jar and prints one interview agenda. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    // One element per paragraph, picocli wraps it; the first is what the command list of perf --help shows.
    description = {"Check a sample department's month (shipped in perf.jar) and show the findings and the"
        + " agenda of one result interview.", "Nothing to prepare: this is the one-minute tour."})
public final class DemoCommand implements Callable<Integer> {

  /** The sample cycle, a sales department's March 2026. */
  static final String RESOURCE = "/io/perfcomm/examples/demo/cycle-2026-03.json";

  /** The interview whose agenda the demo shows: an employee who missed a target and objected. */
  static final InterviewId INTERVIEW = InterviewId.of("T-E07");

  @Spec
  private CommandSpec spec;

  @Mixin
  private LanguageOption language;

  @Override
  public Integer call() {
    Texts texts = new Texts(language.locale());
    Terminal terminal = Terminal.detect();
    Cycle cycle = sample();
    PerfEngine engine = PerfEngine.withDefaults();
    Report report = engine.check(cycle);
    Agenda agenda = engine.agenda(cycle, report, INTERVIEW);
    Directory directory = new Directory(cycle, texts);

    StringBuilder out = new StringBuilder();
    String department = directory.departmentName(cycle.departments().get(0).id());
    out.append(terminal.bold(texts.get("demo.title", department, report.format(cycle.period().id(), texts.locale())))).append('\n');
    out.append(Terminal.wrapped(texts.get("demo.intro", directory.employees(), directory.evaluators(),
        Checkpoints.all().size()), "", ""));
    out.append('\n');
    out.append(new FindingsText(report, cycle, texts, terminal).write(FindingsText.Grouping.EMPLOYEE));
    out.append('\n').append(terminal.dim("═".repeat(Terminal.WIDTH))).append('\n');
    out.append(terminal.bold(Terminal.wrapped(texts.get("demo.agenda", directory.label(agenda.employee())), "", "")
        .stripTrailing())).append('\n');
    out.append(Terminal.wrapped(texts.get("demo.agendaWhy"), "", "")).append('\n');
    out.append(AgendaText.write(agenda, cycle, texts.locale()));
    out.append('\n').append(terminal.dim("═".repeat(Terminal.WIDTH))).append('\n');
    out.append(terminal.bold(texts.get("demo.next"))).append('\n');
    for (String key : new String[] {"demo.next.check", "demo.next.json", "demo.next.agenda", "demo.next.report",
        "demo.next.generate"}) {
      out.append(Terminal.wrapped(texts.get(key), "  ", "    "));
    }
    Output.write(terminal.printable(out.toString()), null, spec.commandLine().getOut());
    return 0;
  }

  /** The sample cycle from the jar. */
  static Cycle sample() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo cycle " + RESOURCE + " is missing from the jar");
      }
      return CycleJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
