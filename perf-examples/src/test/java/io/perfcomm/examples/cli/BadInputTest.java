package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a cycle file, a policy file, a rule sheet or an option can be wrong (an {@code --out} naming
 * an input among them): exit 2, a message, no output.
 */
class BadInputTest {

  @TempDir
  static Path dir;

  static Stream<Arguments> badCycles() throws Exception {
    String demo = Files.readString(Path.of(Run.demoFile()), StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("truncated", demo.substring(0, demo.length() / 2).getBytes(StandardCharsets.UTF_8), "json"),
        Arguments.of("wrong type", demo.replaceFirst("\"plannedMinutes\" : 45", "\"plannedMinutes\" : \"45 minutes\"")
            .replaceFirst("\"plannedMinutes\": 45", "\"plannedMinutes\": \"45 minutes\"").getBytes(StandardCharsets.UTF_8), "plannedMinutes"),
        Arguments.of("dangling reference", demo.replace("\"evaluator\": \"M2\"", "\"evaluator\": \"M9\"")
            .replace("\"evaluator\" : \"M2\"", "\"evaluator\" : \"M9\"").getBytes(StandardCharsets.UTF_8), "M9"),
        Arguments.of("invalid UTF-8", concat("{\"format\": \"perf-cycle/1\", \"x\": \"".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'}), "UTF-8"),
        Arguments.of("10 MB string", ("{\"format\": \"perf-cycle/1\", \"note\": \"" + "x".repeat(10_000_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8), "json"),
        Arguments.of("deep nesting", ("{\"format\": \"perf-cycle/1\", \"extensions\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")
            .getBytes(StandardCharsets.UTF_8), "json"),
        Arguments.of("empty", new byte[0], "empty"),
        Arguments.of("not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8), "object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCycles")
  void badCycleFileIsExitTwoWithAMessage(String name, byte[] content, String mentioned) throws Exception {
    Path file = dir.resolve(name.replace(' ', '-') + ".json");
    Files.write(file, content);
    for (String command : new String[] {"check", "agenda", "report"}) {
      Run run = command.equals("check") ? Run.perf("check", file.toString())
          : command.equals("agenda") ? Run.perf("agenda", file.toString(), "--interview", "T-E07")
          : Run.perf("report", file.toString(), "--out", dir.resolve(name + ".html").toString());
      assertProblem(run, file.toString());
      assertTrue(run.err().contains(mentioned), run::toString);
      assertFalse(Files.exists(dir.resolve(name + ".html")), "no report written");
    }
  }

  @Test
  void eachProblemOfAnInvalidCycleIsOnItsOwnLine() throws Exception {
    String demo = Files.readString(Path.of(Run.demoFile()), StandardCharsets.UTF_8);
    Path file = dir.resolve("two-problems.json");
    // Every reference to evaluator M2 now dangles: one problem per record.
    Files.writeString(file, demo.replace("\"evaluator\": \"M2\"", "\"evaluator\": \"M9\""));
    Run run = Run.perf("check", file.toString());
    assertProblem(run, file.toString());
    assertTrue(run.err().lines().count() > 1, run::toString);
    run.err().lines().forEach(line -> assertTrue(line.startsWith("perf check: " + file + ": "), line));
  }

  @Test
  void missingFileAndDirectory() {
    assertProblem(Run.perf("check", dir.resolve("nope.json").toString()), "no such file");
    assertProblem(Run.perf("check", dir.toString()), "is a directory");
    assertProblem(Run.perf("report", "nope-1.json", "nope-2.json", "--out", dir.resolve("r.html").toString()), "nope-2.json: no such file");
  }

  @Test
  void badPolicyFile() throws Exception {
    Path policy = dir.resolve("bad-policy.json");
    Files.writeString(policy, "{\"noticeHour\": 2, \"passMark\": \"high\"}");
    Run run = Run.perf("check", Run.demoFile(), "--policy", policy.toString());
    assertProblem(run, "policy file " + policy);
    assertProblem(Run.perf("check", Run.demoFile(), "--policy", dir.resolve("none.json").toString()), "no such file");
  }

  @Test
  void policyFileNamingAMalformedCheckpointIdIsExitTwoNamingIt() throws Exception {
    Path policy = dir.resolve("lower-case-policy.json");
    Files.writeString(policy, "{\"disabled\": [\"com-01\"]}");
    Run run = Run.perf("check", Run.demoFile(), "--policy", policy.toString());
    assertProblem(run, "policy file " + policy);
    assertTrue(run.err().contains("\"com-01\" is not of the form ABC-01 (ids are upper case: COM-01)"), run::toString);
  }

  @Test
  void policyFileNamingAnUnknownCheckpointIsExitTwoNamingIt() throws Exception {
    Path policy = dir.resolve("typo-policy.json");
    Files.writeString(policy, "{\"disabled\": [\"COM-3\"], \"severities\": {\"EVA-2\": \"INFO\"}}");
    Run run = Run.perf("check", Run.demoFile(), "--policy", policy.toString());
    assertProblem(run, "policy file " + policy + ": disabled COM-3: no such checkpoint in this engine (did you mean COM-03?)");
    assertTrue(run.err().contains("policy file " + policy + ": severities EVA-2: no such checkpoint in this engine (did you mean EVA-02?)"),
        run::toString);
  }

  @Test
  void cycleWhosePolicyNamesAnUnknownCheckpointIsExitTwoNamingIt() throws Exception {
    String demo = Files.readString(Path.of(Run.demoFile()), StandardCharsets.UTF_8);
    Path file = dir.resolve("typo-cycle.json");
    Files.writeString(file, demo.replaceFirst("\\{", "{\"policy\": {\"disabled\": [\"INT-1\"]},"));
    for (Run run : new Run[] {Run.perf("check", file.toString()),
        Run.perf("agenda", file.toString(), "--interview", "T-E07"),
        Run.perf("report", file.toString(), "--out", dir.resolve("typo.html").toString())}) {
      assertProblem(run, file + ": policy: disabled INT-1: no such checkpoint in this engine (did you mean INT-01?)");
    }
  }

  @Test
  void ruleSheetThatDoesNotCompile() throws Exception {
    Path drl = dir.resolve("broken.drl");
    Files.writeString(drl, "package com.acme;\nrule \"ACME-01 broken\"\nwhen\n  Nonsense( x == )\nthen\nend\n");
    Run run = Run.perf("check", Run.demoFile(), "--rules", drl.toString());
    assertProblem(run, "broken.drl");
  }

  @Test
  void unknownCheckpointToDisable() {
    Run run = Run.perf("check", Run.demoFile(), "--disable", "COM-99");
    assertProblem(run, "--disable COM-99: no such checkpoint");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertUsage(Run.perf("check"), "Missing required parameter");
    assertUsage(Run.perf("check", Run.demoFile(), "--format", "xml"), "--format");
    assertUsage(Run.perf("check", Run.demoFile(), "--lang", "fr"), "zh-CN or en");
    assertUsage(Run.perf("check", Run.demoFile(), "--colour"), "Unknown option");
    assertUsage(Run.perf("frobnicate"), "Unmatched argument");
    assertUsage(Run.perf("agenda", Run.demoFile()), "Missing required");
    assertUsage(Run.perf("agenda", Run.demoFile(), "--interview", "T-E07", "--employee", "E01", "--type", "DAILY"), "mutually exclusive");
    assertUsage(Run.perf("agenda", Run.demoFile(), "--employee", "E01", "--type", "GOSSIP"), "--type");
    assertUsage(Run.perf("report", Run.demoFile()), "--out");
    assertUsage(Run.perf("generate", "--breach-share", "2"), "breachShare");
  }

  @Test
  void outNamingAnInputIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path cycle = dir.resolve("same-cycle.json");
    Files.copy(Path.of(Run.demoFile()), cycle);
    Path policy = dir.resolve("same-policy.json");
    Files.writeString(policy, "{\"noticeHours\": 48}");
    Path link = Files.createSymbolicLink(dir.resolve("same-link.json"), cycle);
    String relative = Path.of("").toAbsolutePath().relativize(cycle).toString();
    String roundabout = dir.resolve("..").resolve(dir.getFileName()).resolve("same-cycle.json").toString();
    byte[] before = Files.readAllBytes(cycle);
    for (String out : new String[] {cycle.toString(), link.toString(), relative, roundabout}) {
      assertProblem(Run.perf("check", cycle.toString(), "--out", out), "is the input file");
      assertProblem(Run.perf("check", relative, "--format", "json", "--out", out), "is the input file");
      assertProblem(Run.perf("agenda", cycle.toString(), "--interview", "T-E07", "-o", out), "is the input file");
      assertProblem(Run.perf("report", Run.demoFile(), cycle.toString(), "--out", out), "is the input file");
    }
    assertProblem(Run.perf("check", cycle.toString(), "--policy", policy.toString(), "--out", policy.toString()), "is the input file");
    assertArrayEquals(before, Files.readAllBytes(cycle), "the input is untouched");
    assertEquals("{\"noticeHours\": 48}", Files.readString(policy));
  }

  @Test
  void outThatIsAFolderOrInAMissingFolder() {
    assertProblem(Run.perf("check", Run.demoFile(), "--out", dir.toString()), "is a directory");
    assertProblem(Run.perf("check", Run.demoFile(), "--out", dir.resolve("none/out.txt").toString()), "does not exist");
    assertProblem(Run.perf("generate", "-n", "2", "--out", dir.resolve("none/out.json").toString()), "does not exist");
  }

  static void assertProblem(Run run, String mentioned) {
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out(), "nothing on standard output");
    assertTrue(run.err().contains(mentioned), run::toString);
    assertFalse(run.err().contains("Exception"), run::toString);
    assertFalse(run.err().contains("at io."), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  static void assertUsage(Run run, String mentioned) {
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out(), "nothing on standard output");
    assertTrue(run.err().contains(mentioned), run::toString);
    assertFalse(run.err().contains("Exception"), run::toString);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
