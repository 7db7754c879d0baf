package io.perfcomm.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBaseConfiguration;

/**
 * perf's rule sheets as Drools' executable model: Java classes the model compiler generated from the
 * DRL at perf's build ({@code src/build/java/GenerateExecutableModel.java}), listed in the index
 * {@value #INDEX}. A rule base is made from them without parsing DRL or compiling Java, so neither
 * the DRL parser nor the MVEL compiler nor ecj is loaded for perf's own rules.
 */
final class ExecutableModel {

  static final String INDEX = "io/perfcomm/rules/executable-model.properties";

  /** The model's sheets, by class-path name, with their package; sorted by name. */
  private static final Map<String, String> SHEETS = new TreeMap<>();
  /** The model class of each package. */
  private static final Map<String, String> MODELS = new TreeMap<>();

  static {
    Properties index = new Properties();
    try (InputStream in = ExecutableModel.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException(INDEX + " is missing from perf-rules: the jar was built without its executable "
            + "model (build it with Maven, whose process-classes phase generates it)");
      }
      index.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : index.stringPropertyNames()) {
      if (key.startsWith("sheet.")) {
        SHEETS.put(key.substring("sheet.".length()), index.getProperty(key));
      } else if (key.startsWith("model.")) {
        MODELS.put(key.substring("model.".length()), index.getProperty(key));
      }
    }
  }

  private ExecutableModel() {}

  /** Every sheet of perf's executable model, by class-path name, e.g. {@code io/perfcomm/rules/appeal.drl}. */
  static List<String> sheets() {
    return List.copyOf(SHEETS.keySet());
  }

  /**
   * A rule base of these sheets. A package's rules come as one model, so the sheets must be whole
   * packages.
   *
   * @throws EngineBuildException if a sheet is not in the model or a package is asked for in part
   */
  static InternalKnowledgeBase kieBase(Collection<String> sheets, KieBaseConfiguration configuration) {
    if (sheets.isEmpty()) {
      return KnowledgeBaseFactory.newKnowledgeBase(configuration);
    }
    Set<String> packages = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String sheet : sheets) {
      String pkg = SHEETS.get(sheet);
      if (pkg == null) {
        problems.add(sheet + ": not in perf's executable model (" + INDEX + ")");
      } else {
        packages.add(pkg);
      }
    }
    SHEETS.forEach((sheet, pkg) -> {
      if (packages.contains(pkg) && !sheets.contains(sheet)) {
        problems.add(sheet + ": its package " + pkg + " is in the rule base, so the sheet cannot be left out");
      }
    });
    if (!problems.isEmpty()) {
      throw new EngineBuildException(problems, null);
    }
    List<Model> models = new ArrayList<>();
    for (String pkg : packages) {
      models.add(model(MODELS.get(pkg)));
    }
    return KieBaseBuilder.createKieBaseFromModel(models, configuration);
  }

  private static Model model(String className) {
    try {
      return (Model) Class.forName(className, true, ExecutableModel.class.getClassLoader()).getConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new EngineBuildException(List.of(className + ": perf's executable model cannot be loaded: " + e), e);
    }
  }
}
