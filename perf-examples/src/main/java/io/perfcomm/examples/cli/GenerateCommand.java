package io.perfcomm.examples.cli;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.Period;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.json.CycleJson;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code perf generate}: writes a realistic generated cycle file, for trials, large runs and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    // One element per paragraph, picocli wraps it; the first is what the command list of perf --help shows.
    description = {"Write a generated, structurally valid cycle file with typical breaches.",
        "A realistic Chinese organisation in which a share of the employees has typical process breaches."
            + " The same options give the same file."})
public final class GenerateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = {"-n", "--employees"}, paramLabel = "N", defaultValue = "100",
      description = "How many employees are evaluated. Default: ${DEFAULT-VALUE}.")
  private int employees;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--breach-share", paramLabel = "X", defaultValue = "0.2",
      description = "The share (0–1) of employees with process breaches. Default: ${DEFAULT-VALUE}.")
  private double breachShare;

  @Option(names = "--period", paramLabel = "YYYY-MM", defaultValue = "2026-03",
      description = "The month evaluated. Default: ${DEFAULT-VALUE}.")
  private String month;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    GeneratorOptions options;
    try {
      YearMonth yearMonth = YearMonth.parse(month);
      options = GeneratorOptions.builder().seed(seed).employees(employees).breachShare(breachShare)
          .period(Period.of(month, yearMonth.atDay(1), yearMonth.atEndOfMonth())).build();
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--period': '" + month + "' is not a month like 2026-03");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid options: " + e.getMessage());
    }
    Output.requireUsable(out, List.of());
    Progress progress = Progress.on(spec.commandLine().getErr(), new Texts(LanguageOption.defaultLocale(java.util.Locale.getDefault())));
    try {
      progress.stage("progress.generating", employees);
      Cycle cycle = CycleGenerator.generate(options);
      progress.stage("progress.writing", out == null ? "json" : out.getFileName());
      if (out == null) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CycleJson.write(cycle, bytes);
        progress.done();
        Output.print(bytes.toString(StandardCharsets.UTF_8) + System.lineSeparator(), spec.commandLine().getOut());
      } else {
        Output.toFile(out, stream -> {
          OutputStream buffered = new BufferedOutputStream(stream);
          CycleJson.write(cycle, buffered);
          buffered.flush();
        });
      }
    } finally {
      progress.done();
    }
    return 0;
  }
}
