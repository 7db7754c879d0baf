package io.perfcomm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfcomm.rules.Checkpoint;
import io.perfcomm.rules.Checkpoints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cycle file whose own policy switches off every checkpoint: every output says which were off and
 * by whom, and never that the standard process was followed; --ignore-cycle-policy checks them all.
 */
class DisabledDisclosureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Path allOff;

  @BeforeAll
  static void writeCycleSwitchingEverythingOff() throws Exception {
    ObjectNode cycle = (ObjectNode) JSON.readTree(Path.of(Run.demoFile()).toFile());
    var disabled = cycle.putObject("policy").putArray("disabled");
    Checkpoints.all().stream().map(Checkpoint::id).forEach(disabled::add);
    allOff = dir.resolve("all-off.json");
    JSON.writeValue(allOff.toFile(), cycle);
  }

  @Test
  void textNamesWhatWasOffAndNeverSaysTheProcessWasFollowed() {
    for (String lang : List.of("en", "zh-CN")) {
      Run run = Run.perf("check", allOff.toString(), "--lang", lang);
      assertEquals(0, run.exit(), run::toString);
      assertFalse(run.out().contains("the standard process was followed") || run.out().contains("标准流程均已执行"), run::toString);
    }
    Run run = Run.perf("check", allOff.toString(), "--lang", "en");
    assertTrue(run.out().contains("Switched off, so not checked — by the cycle file's own policy: APL-01, APL-02,"), run::toString);
    assertTrue(run.out().contains("TRN-01, TRN-02."), run::toString);
    assertTrue(run.out().contains("no findings, but 36 checkpoints were off (above)"), run::toString);
    for (String line : run.out().split("\n")) {
      assertTrue(Terminal.width(line) <= 80, () -> "wider than 80 columns: " + line);
    }
  }

  @Test
  void jsonListsTheIdsAndWhoSwitchedThemOff() throws Exception {
    Run run = Run.perf("check", allOff.toString(), "--format", "json", "--disable", "COM-03");
    JsonNode root = JSON.readTree(run.out());
    assertEquals(Checkpoints.all().size(), root.get("disabled").size());
    assertEquals("APL-01", root.get("disabled").get(0).asText());
    assertEquals("[\"ENGINE\",\"CYCLE\"]", root.get("disabledBy").get("COM-03").toString());
    assertEquals("[\"CYCLE\"]", root.get("disabledBy").get("COM-02").toString());
  }

  @Test
  void jsonNamesThePolicyFileAsPolicyFile() throws Exception {
    Path policy = dir.resolve("policy-off.json");
    Files.writeString(policy, "{\"disabled\": [\"EVA-02\"]}", StandardCharsets.UTF_8);
    Run run = Run.perf("check", allOff.toString(), "--format", "json", "--policy", policy.toString());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("[\"POLICY_FILE\",\"CYCLE\"]", root.get("disabledBy").get("EVA-02").toString(), run::toString);
  }

  @Test
  void htmlSaysSoInItsHeader() throws Exception {
    Path out = dir.resolve("all-off.html");
    Run run = Run.perf("check", allOff.toString(), "--format", "html", "--lang", "en", "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Xml.parse(html);
    assertTrue(html.matches("(?s).*<p class=\"disabled\">Switched off, so not checked — by the cycle file&#(39|x27);s own"
        + " policy: APL-01, .*TRN-02</p>.*"), html);
  }

  @Test
  void ignoringTheCyclePolicyChecksEverything() throws Exception {
    Run run = Run.perf("check", allOff.toString(), "--format", "json", "--ignore-cycle-policy");
    assertEquals(1, run.exit(), run::toString);
    JsonNode root = JSON.readTree(run.out());
    assertEquals(0, root.get("disabled").size());
    assertEquals(9, root.get("summary").get("ERROR").asInt());
  }
}
