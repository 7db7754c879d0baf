package io.perfcomm.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * The check's rule base: perf's sheets from the executable model, joined by the host's sheets compiled
 * at run time, refusing a host rule that would replace or pass for one of perf's.
 *
 * @param kieBase the rule base
 * @param hostRules whether host sheets joined perf's
 * @param compiledAtRunTime how many sheets were compiled from DRL at run time
 */
record CheckRuleBase(InternalKnowledgeBase kieBase, boolean hostRules, int compiledAtRunTime) {

  /**
   * Builds the rule base of the sheets: perf's come compiled from the executable model made at perf's
   * build (or, with {@code perfFromDrl}, from their DRL, for the tests that compare the two); only the
   * host's are compiled here, in one batch (one compiler run), so their errors name only them. The DRL
   * compiler, MVEL and ecj are loaded only when there is a sheet to compile.
   *
   * @throws EngineBuildException naming each sheet, line and reason when a sheet does not compile, or
   *     each host rule that clashes with perf's
   */
  static CheckRuleBase of(List<RuleSheet> sheets, ClassLoader classLoader, boolean perfFromDrl) {
    List<String> perf = new ArrayList<>();
    List<RuleSheet> host = new ArrayList<>();
    for (RuleSheet sheet : sheets) {
      if (isPerfs(sheet)) {
        perf.add(sheet.name());
      } else {
        host.add(sheet);
      }
    }
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, classLoader);
    InternalKnowledgeBase kieBase;
    try {
      kieBase = perfFromDrl ? ExecutableModel.kieBase(List.of(), configuration)
          : ExecutableModel.kieBase(perf, configuration);
    } catch (EngineBuildException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EngineBuildException(List.of("perf's executable model: " + e), e);
    }
    List<RuleSheet> compiled = new ArrayList<>();
    if (perfFromDrl) {
      perf.forEach(name -> compiled.add(RuleSheet.classPath(name)));
    }
    if (!compiled.isEmpty() || !host.isEmpty()) {
      compiled.addAll(host);
      KnowledgeBuilder knowledge = new RuleCompiler(classLoader).compile(compiled);
      if (!perfFromDrl) {
        requireNoClash(kieBase, knowledge.getKnowledgePackages());
      }
      try {
        // The host's packages join perf's in one rule base: host rules see the facts perf's rules derive.
        kieBase.addPackages(knowledge.getKnowledgePackages());
      } catch (RuntimeException e) {
        throw new EngineBuildException(List.of("rule base: " + e), e);
      }
    }
    return new CheckRuleBase(kieBase, !host.isEmpty(), compiled.size());
  }

  /** Whether a sheet is one of perf's own, as the executable model holds it (not a host's text of the same name). */
  static boolean isPerfs(RuleSheet sheet) {
    return PerfEngine.PERF_SHEETS.contains(sheet.name()) && sheet.drl() == null;
  }

  /**
   * Refuses a host rule that would replace or pass for one of perf's: a rule named as one of perf's
   * (in perf's package Drools would silently replace perf's rule with it), or any rule in perf's own
   * package.
   */
  private static void requireNoClash(KieBase perf, Collection<? extends KiePackage> hostPackages) {
    Set<String> perfPackages = new TreeSet<>();
    Set<String> perfRules = new HashSet<>();
    for (KiePackage pkg : perf.getKiePackages()) {
      if (!pkg.getRules().isEmpty()) {
        perfPackages.add(pkg.getName());
      }
      pkg.getRules().forEach(rule -> perfRules.add(rule.getName()));
    }
    List<String> problems = new ArrayList<>();
    for (KiePackage pkg : hostPackages) {
      for (Rule rule : pkg.getRules()) {
        String where = sheetOf(rule) + ": rule \"" + rule.getName() + "\"";
        if (perfRules.contains(rule.getName())) {
          problems.add(where + " has the name of one of perf's rules; name host rules after the host's own checkpoints");
        } else if (perfPackages.contains(pkg.getName())) {
          problems.add(where + " is in perf's own package " + pkg.getName() + "; put host rules in a package of the host's");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EngineBuildException(problems, null);
    }
  }

  private static String sheetOf(Rule rule) {
    if (rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null
        && ((RuleImpl) rule).getResource().getSourcePath() != null) {
      return ((RuleImpl) rule).getResource().getSourcePath();
    }
    return "rule sheet";
  }
}
