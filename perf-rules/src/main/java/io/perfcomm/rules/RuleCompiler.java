package io.perfcomm.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * The one compiler of DRL at run time, for the check's rule base (host sheets) and the agendas' (their
 * DRL, in tests): compiles sheets in one batch and names each error by sheet and line. perf's own rules
 * load from the executable model and never come here, so the DRL compiler, MVEL and ecj are loaded only
 * when a sheet is compiled.
 */
final class RuleCompiler {

  private final ClassLoader classLoader;

  RuleCompiler(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Compiles the sheets in one compiler run.
   *
   * @return the builder holding their packages, free of errors
   * @throws EngineBuildException naming each error as {@code sheet:line: message}, once each
   */
  KnowledgeBuilder compile(List<RuleSheet> sheets) {
    KnowledgeBuilder knowledge = newKnowledgeBuilder();
    if (sheets.isEmpty()) {
      return knowledge;
    }
    CompositeKnowledgeBuilder batch = knowledge.batch();
    for (RuleSheet sheet : sheets) {
      batch.add(sheet.resource(classLoader), ResourceType.DRL);
    }
    try {
      batch.build();
    } catch (RuntimeException e) {
      // Some malformed DRL makes Drools throw instead of reporting an error: find the sheet.
      throw new EngineBuildException(List.of(throwingSheet(sheets) + ": " + e), e);
    }
    if (knowledge.hasErrors()) {
      Set<String> problems = new LinkedHashSet<>();
      for (KnowledgeBuilderError error : knowledge.getErrors()) {
        problems.add(describe(error));
      }
      throw new EngineBuildException(new ArrayList<>(problems), null);
    }
    return knowledge;
  }

  private KnowledgeBuilder newKnowledgeBuilder() {
    return KnowledgeBuilderFactory.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(classLoader));
  }

  /** Compiles the sheets one by one, only after the batch threw, to name the sheet that makes Drools throw. */
  private String throwingSheet(List<RuleSheet> sheets) {
    KnowledgeBuilder knowledge = newKnowledgeBuilder();
    for (RuleSheet sheet : sheets) {
      try {
        knowledge.add(sheet.resource(classLoader), ResourceType.DRL);
      } catch (RuntimeException e) {
        return sheet.name();
      }
    }
    return "rule sheets";
  }

  /** {@code sheet:line: message}, the message on one line. */
  static String describe(KnowledgeBuilderError error) {
    String sheet = error.getResource() == null ? "rule sheet" : error.getResource().getSourcePath();
    int[] lines = error.getLines();
    String line = lines == null || lines.length == 0 || lines[0] <= 0 ? "" : ":" + lines[0];
    return sheet + line + ": " + error.getMessage().strip().replaceAll("\\s+", " ");
  }
}
