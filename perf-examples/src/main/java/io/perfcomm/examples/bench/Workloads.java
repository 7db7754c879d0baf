package io.perfcomm.examples.bench;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.json.CycleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** The cycles every benchmark checks: the generator's, with a fifth of employees breaching the process. */
final class Workloads {

  /** The share of employees with one or more breaches, as in a company that is still learning the process. */
  static final double BREACH_SHARE = 0.2;

  /** The nightly batch: the whole company. */
  static final int COMPANY = 10_000;

  private Workloads() {}

  /** The whole company's cycle, always the same. */
  static Cycle company() {
    return CycleGenerator.generate(42, COMPANY, BREACH_SHARE);
  }

  /**
   * Single-employee cycles, one per seed, as an HRIS checks on saving one employee's records: the
   * employee with sheet, talks, records, evaluation and interview, and their evaluator.
   */
  static List<Cycle> singleEmployees(int count) {
    return LongStream.range(0, count).mapToObj(seed -> CycleGenerator.generate(seed, 1, BREACH_SHARE))
        .collect(Collectors.toList());
  }

  /**
   * A host sheet of as many rules as perf's sheets hold, none of which ever fires: each joins an
   * employee to their communications on an id no record has. The engine that runs it alone costs
   * what a rule base of perf's size costs with nothing to decide.
   */
  static String neverFiringSheet() throws IOException {
    int rules = perfRuleCount();
    StringBuilder drl = new StringBuilder("package io.perfcomm.bench;\n"
        + "import io.perfcomm.rules.fact.Employee;\n"
        + "import io.perfcomm.core.communication.Communication;\n");
    for (int i = 0; i < rules; i++) {
      drl.append("rule \"NEVER-").append(i).append("\"\nwhen\n  $e : Employee()\n")
          .append("  Communication(employee == $e.id(), id.value() == \"never-").append(i).append("\")\n")
          .append("then\nend\n");
    }
    return drl.toString();
  }

  /** The rules of perf's check, counted in the check sheets its executable model lists. */
  static int perfRuleCount() throws IOException {
    ClassLoader loader = Workloads.class.getClassLoader();
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream("io/perfcomm/rules/executable-model.properties")) {
      index.load(in);
    }
    int rules = 0;
    for (String key : index.stringPropertyNames()) {
      // The agenda sheets are a rule base of their own that a check never runs.
      if (key.startsWith("sheet.") && !key.contains("/agenda/")) {
        try (InputStream in = loader.getResourceAsStream(key.substring("sheet.".length()))) {
          String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          rules += (int) drl.lines().filter(l -> l.startsWith("rule ")).count();
        }
      }
    }
    return rules;
  }

  /** Writes a cycle as a cycle file in a fresh temporary directory. */
  static Path file(Cycle cycle) throws IOException {
    Path dir = Files.createTempDirectory("perf-bench");
    Path file = dir.resolve("company.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CycleJson.write(cycle, out);
    }
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file;
  }
}
