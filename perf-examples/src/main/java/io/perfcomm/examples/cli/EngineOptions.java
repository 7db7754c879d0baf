package io.perfcomm.examples.cli;

import io.perfcomm.rules.Checkpoint;
import io.perfcomm.rules.Checkpoints;
import io.perfcomm.rules.EngineBuildException;
import io.perfcomm.rules.PerfEngine;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options that shape the engine: a company policy file, host rule sheets, checkpoints switched off. */
public final class EngineOptions {

  // Host rule names start with their checkpoint id, as perf's do (STYLE.md).
  private static final Pattern RULE_ID = Pattern.compile("(?m)^\\s*rule\\s+\"([A-Z][A-Z0-9]*-[0-9A-Z]+)[\\s\"]");

  static final String POLICY = "--policy";
  static final String RULES = "--rules";
  static final String MESSAGES = "--messages";
  static final String DISABLE = "--disable";
  static final String IGNORE_CYCLE_POLICY = "--ignore-cycle-policy";

  /** Every option of these; any one given asks for an engine other than the default ({@link #isDefault}). */
  static final List<String> NAMES = List.of(POLICY, RULES, MESSAGES, DISABLE, IGNORE_CYCLE_POLICY);

  @Option(names = POLICY, paramLabel = "FILE",
      description = "A policy file (docs/format.md, Policy); its values win over those the cycle carries.")
  Path policy;

  @Option(names = RULES, paramLabel = "FILE.drl",
      description = "A host rule sheet (DRL) to check as well; may be repeated.")
  List<Path> rules = new ArrayList<>();

  @Option(names = MESSAGES, paramLabel = "FILE.properties",
      description = "Texts of the --rules checkpoints (<id>.title, <id>.message, <id>.advice), in English;"
          + " a FILE_zh_CN.properties beside it gives the Chinese. May be repeated.")
  List<Path> messages = new ArrayList<>();

  @Option(names = DISABLE, paramLabel = "ID", split = ",",
      description = "Switch a checkpoint off by id, e.g. COM-03; may be repeated or comma-separated.")
  List<String> disable = new ArrayList<>();

  @Option(names = IGNORE_CYCLE_POLICY,
      description = "Ignore the policy the cycle file carries (its values and the checkpoints it switches off):"
          + " only --policy and --disable apply. For files from the people being checked.")
  boolean ignoreCyclePolicy;

  /**
   * Every input of a run, which {@code --out} must not overwrite: the cycle files given, and the policy,
   * rule sheets and messages these options name.
   */
  List<Path> inputsWith(Collection<Path> cycleFiles) {
    List<Path> files = new ArrayList<>(rules);
    files.addAll(messages);
    if (policy != null) {
      files.add(policy);
    }
    files.addAll(cycleFiles);
    return files;
  }

  /** Whether any option is given; without any the shared default engine serves. */
  boolean isDefault() {
    return policy == null && rules.isEmpty() && messages.isEmpty() && disable.isEmpty() && !ignoreCyclePolicy;
  }

  /**
   * Lets the engine find each messages file as a bundle named by the file, through a class loader
   * over the files' folders: that is how ResourceBundle finds the Chinese file beside the English.
   */
  private void addMessages(PerfEngine.Builder builder, List<String> problems) {
    List<URL> folders = new ArrayList<>();
    List<String> bundles = new ArrayList<>();
    for (Path file : messages) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".properties")) {
        problems.add("messages " + file + ": not a .properties file");
        continue;
      }
      try {
        Inputs.requireReadableFile(file, "messages ");
        folders.add(file.toAbsolutePath().getParent().toUri().toURL());
        bundles.add(name.substring(0, name.length() - ".properties".length()));
      } catch (InputProblem e) {
        problems.addAll(e.lines());
      } catch (MalformedURLException e) {
        problems.add("messages " + file + ": " + e.getMessage());
      }
    }
    if (!folders.isEmpty()) {
      builder.classLoader(new URLClassLoader(folders.toArray(URL[]::new), PerfEngine.class.getClassLoader()));
      bundles.forEach(builder::addMessages);
    }
  }

  /** The engine these options ask for; every problem with them is an {@link InputProblem}. */
  PerfEngine engine() {
    if (isDefault()) {
      return PerfEngine.withDefaults();
    }
    PerfEngine.Builder builder = PerfEngine.builder();
    if (ignoreCyclePolicy) {
      builder.ignoreCyclePolicy();
    }
    if (policy != null) {
      builder.policy(Inputs.policy(policy));
    }
    Set<String> known = Checkpoints.all().stream().map(Checkpoint::id).collect(Collectors.toCollection(TreeSet::new));
    List<String> problems = new ArrayList<>();
    for (Path sheet : rules) {
      try {
        Inputs.requireReadableFile(sheet, "rule sheet ");
        String drl = Files.readString(sheet, StandardCharsets.UTF_8);
        Matcher ids = RULE_ID.matcher(drl);
        while (ids.find()) {
          known.add(ids.group(1));
        }
        builder.addRules(sheet.toString(), drl);
      } catch (InputProblem e) {
        problems.addAll(e.lines());
      } catch (IOException e) {
        problems.add("rule sheet " + sheet + ": cannot be read: " + Inputs.describe(e));
      }
    }
    addMessages(builder, problems);
    for (String id : disable) {
      String checkpoint = id.trim().toUpperCase(Locale.ROOT);
      if (known.contains(checkpoint)) {
        builder.disable(checkpoint);
      } else {
        problems.add("--disable " + id + ": no such checkpoint (perf's are OBJ-01 … TRN-02, e.g. COM-03"
            + (rules.isEmpty() ? "" : ", plus the ids the --rules sheets' rule names start with") + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputProblem(problems);
    }
    try {
      return builder.build();
    } catch (EngineBuildException e) {
      throw new InputProblem(e.problems().stream().map(this::describe).collect(Collectors.toList()));
    }
  }

  /** A build problem as the option that caused it: a policy's unknown checkpoint id, else a rule sheet's. */
  private String describe(String problem) {
    if (problem.startsWith("policy ") && policy != null) {
      return "policy file " + policy + ": " + problem.substring("policy ".length());
    }
    if (problem.startsWith("disable ")) {
      return DISABLE + " " + problem.substring("disable ".length());
    }
    return "rule sheet " + problem;
  }
}
