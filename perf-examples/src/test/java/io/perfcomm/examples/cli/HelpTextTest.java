package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help a newcomer reads first: whole sentences, 80 columns. */
class HelpTextTest {

  private static final String[] COMMANDS = {"demo", "check", "agenda", "due", "report", "generate"};

  @Test
  void commandListDescribesEveryCommandInWholeSentences() {
    List<String> entries = commandList(Run.perf("--help").out());
    assertEquals(COMMANDS.length + 1, entries.size(), entries::toString); // and help
    for (String entry : entries) {
      assertTrue(entry.endsWith("."), "cut mid-sentence: " + entry);
    }
  }

  @Test
  void everyHelpLineFitsEightyColumns() {
    List<Run> helps = new ArrayList<>(List.of(Run.perf("--help")));
    for (String command : COMMANDS) {
      helps.add(Run.perf(command, "--help"));
    }
    for (Run help : helps) {
      help.out().lines().forEach(line -> assertTrue(Terminal.width(line) <= 80, line));
    }
  }

  /** The entries of the "Commands:" section, each with its continuation lines joined. */
  private static List<String> commandList(String help) {
    List<String> entries = new ArrayList<>();
    boolean inList = false;
    for (String line : help.lines().toList()) {
      if (line.equals("Commands:")) {
        inList = true;
      } else if (inList && line.isBlank()) {
        break;
      } else if (inList && line.startsWith("   ")) {
        int last = entries.size() - 1;
        entries.set(last, entries.get(last) + " " + line.strip());
      } else if (inList) {
        entries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
      }
    }
    return entries;
  }
}
