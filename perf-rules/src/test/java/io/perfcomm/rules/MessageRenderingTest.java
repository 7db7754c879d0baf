package io.perfcomm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import io.perfcomm.core.Cycle;
import io.perfcomm.core.PeriodId;
import io.perfcomm.core.appeal.AppealId;
import io.perfcomm.core.appeal.ApplicationAction;
import io.perfcomm.core.communication.CommunicationType;
import io.perfcomm.core.evaluation.EvaluationId;
import io.perfcomm.core.generator.CycleGenerator;
import io.perfcomm.core.generator.GeneratorOptions;
import io.perfcomm.core.interview.Interview;
import io.perfcomm.core.interview.ObjectionStatus;
import io.perfcomm.core.organisation.Person;
import io.perfcomm.core.organisation.PersonId;
import io.perfcomm.rules.agenda.Agenda;
import io.perfcomm.rules.agenda.AgendaItem;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every text perf prints renders whole in English and Chinese: no missing key ({@code [key]}), no
 * placeholder left over ({@code {name}}), and no argument a finding or an agenda point carries that its
 * text never shows (a value computed and then silently dropped is a message that says less than it
 * should).
 */
class MessageRenderingTest {

  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
  private static final MessageBundles BUNDLES = new MessageBundles(MessageBundles.PERF_BUNDLES,
      MessageRenderingTest.class.getClassLoader());

  /**
   * Arguments a finding carries as data for hosts (the JSON output, the tests) and that its text shows
   * through another argument: a finding's text need not repeat them.
   */
  private static final Map<String, Set<String>> DATA_ONLY = Map.of(
      "APL-01", Set.of("status"),               // the objection's status: an unanswered one is open
      "APP-02", Set.of("undatedActions", "shortfalls"), // counted, and listed in {gaps}
      "INT-02", Set.of("lacks"),                 // which of private and quiet: the key says it
      "INT-06", Set.of("support"),               // who attended: none of them counts as support
      "TRN-02", Set.of("required"));             // the policy's count: {failedPeriods} reached it

  /** The names a pattern's placeholders use, at any depth (inside plural and select branches too). */
  static Set<String> placeholders(String pattern) {
    return placeholderTypes(pattern).keySet();
  }

  /** Each placeholder's name with its kind (a plain value, a plural, a select), at any depth. */
  static Map<String, MessagePattern.ArgType> placeholderTypes(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Map<String, MessagePattern.ArgType> names = new java.util.TreeMap<>();
    MessagePattern.ArgType type = MessagePattern.ArgType.NONE;
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        type = part.getArgType();
      } else if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.putIfAbsent(parsed.getSubstring(part), type);
      }
    }
    return names;
  }

  /** What is wrong with a rendered text: a missing key, a placeholder left over. */
  private static List<String> problems(String what, String text) {
    List<String> problems = new ArrayList<>();
    if (text.matches("(?s).*\\[[A-Za-z][\\w.-]*\\].*")) {
      problems.add(what + ": a missing key in " + text);
    }
    if (text.contains("{") || text.contains("}")) {
      problems.add(what + ": a placeholder left over in " + text);
    }
    return problems;
  }

  private static Set<String> placeholdersOf(String key, Locale locale) {
    return BUNDLES.text(key, locale).map(MessageRenderingTest::placeholders).orElse(Set.of());
  }

  /** A message whose every argument its pattern (or, for a finding, its message or advice) shows. */
  private static List<String> unused(String what, Map<String, Object> arguments, Set<String> shown) {
    List<String> problems = new ArrayList<>();
    for (String name : arguments.keySet()) {
      if (!shown.contains(name)) {
        problems.add(what + ": argument " + name + " is shown by no pattern");
      }
    }
    return problems;
  }

  private static Cycle breached() {
    return CycleGenerator.generateWithBreaches(GeneratorOptions.of(7, 400, 1.0)).cycle();
  }

  @Test
  void everyFindingOfABreachedCycleRendersWholeAndShowsEveryArgument() {
    Cycle cycle = breached();
    Report report = PerfEngine.withDefaults().check(cycle);
    Set<String> problems = new LinkedHashSet<>();
    Set<String> keys = new TreeSet<>();
    for (Finding finding : report.findings()) {
      keys.add(finding.messageKey());
      keys.add(finding.adviceKey());
      for (Locale locale : LOCALES) {
        String what = finding.checkpoint() + " " + finding.messageKey() + " (" + locale + ")";
        problems.addAll(problems(what, report.message(finding, locale)));
        problems.addAll(problems(what, report.advice(finding, locale)));
        problems.addAll(problems(what, report.title(finding, locale)));
        Set<String> shown = new TreeSet<>(placeholdersOf(finding.messageKey(), locale));
        shown.addAll(placeholdersOf(finding.adviceKey(), locale));
        shown.addAll(DATA_ONLY.getOrDefault(finding.checkpoint(), Set.of()));
        // The engine gives every finding the policy's day count; only texts that state a day limit read it.
        shown.add(DepartmentPolicy.WORKING);
        problems.addAll(unused(what, finding.arguments(), shown));
      }
    }
    assertTrue(keys.size() > 40, "the breached cycle exercises many texts: " + keys.size());
    assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  @Test
  void everyAgendaOfABreachedCycleRendersWholeAndShowsEveryArgument() {
    Cycle cycle = breached();
    PerfEngine engine = PerfEngine.withDefaults();
    Report report = engine.check(cycle);
    List<Agenda> agendas = new ArrayList<>();
    for (Interview interview : cycle.interviews().subList(0, Math.min(120, cycle.interviews().size()))) {
      agendas.add(engine.agenda(cycle, report, interview.id()));
    }
    for (Person person : cycle.employees().subList(0, 8)) {
      for (CommunicationType type : CommunicationType.values()) {
        if (type != CommunicationType.RESULT) {
          agendas.add(engine.agenda(cycle, report, person.id(), type));
        }
      }
    }
    Set<String> problems = new LinkedHashSet<>();
    for (Agenda agenda : agendas) {
      List<Message> messages = new ArrayList<>(List.of(agenda.heading(), agenda.subheading()));
      for (AgendaItem item : agenda.items()) {
        messages.add(item.title());
        messages.addAll(item.points());
      }
      for (Message message : nested(messages)) {
        for (Locale locale : LOCALES) {
          String what = message.key() + " (" + locale + ")";
          problems.addAll(problems(what, agenda.render(message, locale)));
          // A finding's message and advice share its arguments: the findings test judges them as a pair.
          if (!message.key().matches("[A-Z]{3}-\\d{2}\\..*")) {
            problems.addAll(unused(what, message.arguments(), placeholdersOf(message.key(), locale)));
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  /** The messages and every message nested in their arguments. */
  private static List<Message> nested(List<Message> messages) {
    List<Message> all = new ArrayList<>();
    List<Object> todo = new ArrayList<>(messages);
    while (!todo.isEmpty()) {
      Object next = todo.remove(todo.size() - 1);
      if (next instanceof Message message) {
        all.add(message);
        todo.addAll(message.arguments().values());
      } else if (next instanceof java.util.Collection<?> values) {
        todo.addAll(values);
      } else if (next instanceof java.util.Optional<?> optional) {
        optional.ifPresent(todo::add);
      }
    }
    return all;
  }

  @Test
  void everyKeyOfEveryBundleRendersWholeInBothLanguages() throws IOException {
    Set<String> problems = new LinkedHashSet<>();
    for (String bundle : MessageBundles.PERF_BUNDLES) {
      Properties english = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle.replace('.', '/') + ".properties")) {
        english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String key : english.stringPropertyNames()) {
        for (Locale locale : LOCALES) {
          Map<String, Object> arguments = new HashMap<>();
          BUNDLES.text(key, locale).ifPresent(p -> placeholderTypes(p).forEach((n, type) -> arguments.put(n,
              type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL ? 3
                  : type == MessagePattern.ArgType.SELECT ? Boolean.TRUE : sample(n))));
          problems.addAll(problems(key + " (" + locale + ")", BUNDLES.render(key, arguments, locale)));
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  /** A realistic value for a placeholder, by the conventions of perf's argument names. */
  static Object sample(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("employee") || lower.equals("evaluator") || lower.equals("owner")) {
      return PersonId.of("E07");
    }
    if (lower.endsWith("at")) {
      return LocalDateTime.of(2026, 4, 3, 10, 30);
    }
    if (lower.contains("deadline") || lower.contains("day") || lower.equals("since") || lower.equals("start")
        || lower.equals("end") || lower.endsWith("on") || lower.equals("due") || lower.equals("by")
        || lower.equals("windowopens") || lower.equals("from") || lower.equals("until") || lower.contains("date")) {
      return LocalDate.of(2026, 4, 10);
    }
    if (lower.equals("period")) {
      return PeriodId.of("2026-03");
    }
    if (lower.equals("status")) {
      return ObjectionStatus.OPEN;
    }
    if (lower.equals("actions")) {
      return List.of(ApplicationAction.PAY, ApplicationAction.TRAINING_REQUEST);
    }
    if (lower.equals("appeal")) {
      return AppealId.of("AP-7");
    }
    if (lower.equals("evaluation")) {
      return EvaluationId.of("V-E07");
    }
    if (lower.startsWith("has") || lower.startsWith("is") || lower.startsWith("by") || lower.equals("holdpay")
        || lower.equals("passed") || lower.endsWith("expected") || lower.equals("held") || lower.equals("late")) {
      return true;
    }
    return 3;
  }
}
