package io.perfcomm.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Finds which rule a failure inside Drools came from. Drools names the rule of a failing constraint
 * in its message ({@code [Rule "X" in sheet.drl]}), but a failing {@code eval} or consequence only as
 * a generated class ({@code Rule_X$u45$01_name123Eval0Invoker}): that class name begins with the
 * prefix of the rule's consequence class, which this table maps back to the rule.
 */
final class RuleNames {

  private static final Pattern QUOTED = Pattern.compile("\\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String CONSEQUENCE = "DefaultConsequenceInvoker";

  private final Map<String, String> byClassPrefix = new HashMap<>();

  RuleNames(KieBase kieBase) {
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (rule instanceof RuleImpl && ((RuleImpl) rule).getConsequence() != null) {
          String name = ((RuleImpl) rule).getConsequence().getClass().getName();
          if (name.endsWith(CONSEQUENCE)) {
            byClassPrefix.put(name.substring(0, name.length() - CONSEQUENCE.length()), rule.getName());
          }
        }
      }
    }
  }

  /** The rule a failure names, through its messages or the generated classes on its stack. */
  Optional<String> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        Matcher quoted = QUOTED.matcher(message);
        if (quoted.find()) {
          return Optional.of(quoted.group(1));
        }
        Optional<String> generated = generated(message);
        if (generated.isPresent()) {
          return generated;
        }
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        Optional<String> generated = generated(frame.getClassName());
        if (generated.isPresent()) {
          return generated;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> generated(String text) {
    int at = text.indexOf("Rule_");
    while (at >= 0) {
      int start = at;
      while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
        start--;
      }
      int end = at;
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
      String candidate = text.substring(start, end);
      // The longest prefix wins: a rule's prefix may begin another's.
      String best = null;
      for (String prefix : byClassPrefix.keySet()) {
        if (candidate.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
          best = prefix;
        }
      }
      if (best != null) {
        return Optional.of(byClassPrefix.get(best));
      }
      at = text.indexOf("Rule_", end);
    }
    return Optional.empty();
  }
}
