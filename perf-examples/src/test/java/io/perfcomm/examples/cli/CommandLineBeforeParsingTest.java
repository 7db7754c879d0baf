package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What the warm-up reads from a raw command line agrees with what picocli parses. */
class CommandLineBeforeParsingTest {

  @Test
  void theEngineOptionNamesAreThoseTheCommandsDeclare() {
    CommandSpec check = new CommandLine(new CheckCommand()).getCommandSpec();
    Set<String> declared = check.mixins().get("engineOptions").options().stream()
        .flatMap(option -> List.of(option.names()).stream()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(declared, new TreeSet<>(EngineOptions.NAMES));
  }

  @Test
  void theLanguageIsReadInBothSpellingsAndEveryAlias() {
    assertEquals(LanguageOption.ZH_CN, LanguageOption.of(List.of("check", "--lang", "zh-CN", "cycle.json")));
    assertEquals(LanguageOption.ZH_CN, LanguageOption.of(List.of("check", "--lang=zh_CN", "cycle.json")));
    assertEquals(Locale.ENGLISH, LanguageOption.of(List.of("check", "--lang=en-US", "cycle.json")));
  }

  @Test
  void noOrAnUnsupportedLanguageGivesTheDefault() {
    Locale expected = LanguageOption.defaultLocale(Locale.getDefault());
    assertEquals(expected, LanguageOption.of(List.of("check", "cycle.json")));
    assertEquals(expected, LanguageOption.of(List.of("check", "--lang", "fr", "cycle.json")));
    assertEquals(expected, LanguageOption.of(List.of("check", "--lang")));
  }

  @Test
  void theLanguageOptionNameIsTheOneDeclared() {
    OptionSpec lang = new CommandLine(new CheckCommand()).getCommandSpec().findOption(LanguageOption.NAME);
    assertEquals(List.of(LanguageOption.NAME), List.of(lang.names()));
  }
}
