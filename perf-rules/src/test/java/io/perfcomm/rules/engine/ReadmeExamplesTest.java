package io.perfcomm.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfcomm.core.Cycle;
import io.perfcomm.core.scenario.Scenario;
import io.perfcomm.rules.PerfEngine;
import io.perfcomm.rules.Report;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * README's examples as written: its fenced {@code drl} blocks compile with the engine builder and run,
 * its fenced {@code java} blocks compile against perf's API, and its Maven and Gradle dependencies name a
 * module of this build at the version the POMs give. The blocks are read from README.md itself, so the
 * test fails when README drifts from the code or the build. A Java block is compiled as the body of a method
 * with the imports a reader would add (below); a block that needs another import fails here, and the
 * list is where to add it.
 */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");

  private static final Path PARENT_POM = Path.of("..", "pom.xml");

  /** The imports a host has in the file it pastes README's Java into. */
  private static final String IMPORTS = """
      import static io.perfcomm.core.communication.CommunicationType.DAILY;
      import static io.perfcomm.core.objective.IndicatorLevel.RESULT;
      import static io.perfcomm.rules.Severity.ERROR;
      import static io.perfcomm.rules.testing.CheckpointVerifier.given;

      import io.perfcomm.core.Cycle;
      import io.perfcomm.core.json.CycleJson;
      import io.perfcomm.core.organisation.PersonId;
      import io.perfcomm.core.policy.Policy;
      import io.perfcomm.core.scenario.Scenario;
      import io.perfcomm.rules.Finding;
      import io.perfcomm.rules.PerfEngine;
      import io.perfcomm.rules.Report;
      import io.perfcomm.rules.outer.CalibrationFigures;
      import io.perfcomm.rules.outer.CheckedCycle;
      import io.perfcomm.rules.outer.OuterLoop;
      import io.perfcomm.rules.due.DueList;
      import io.perfcomm.rules.due.DueStep;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.Locale;
      """;

  @Test
  void everyDrlExampleCompilesAndItsRuleFires() throws IOException {
    List<String> sheets = blocks("drl");
    assertFalse(sheets.isEmpty(), "README has no drl example");
    for (String drl : sheets) {
      PerfEngine engine = PerfEngine.builder().addRules("README.md", drl).build();
      // Nobody in the standard-process month has a ROLE talk: the example's rule fires for the employee,
      // a SALES employee as the example's host data (extensions) has it.
      Cycle cycle = Scenario.month("2026-06").employee("E1").followsStandardProcess()
          .extension("costCentre", "SALES").build();
      Report report = engine.check(cycle);
      String id = ruleId(drl);
      assertEquals(1, report.findings(id).size(), () -> report.findings().toString());
      assertEquals("E1", report.findings(id).get(0).employee().orElseThrow().value());
    }
  }

  @Test
  void everyJavaExampleCompiles(@TempDir Path out) throws IOException {
    List<String> examples = blocks("java");
    assertFalse(examples.isEmpty(), "README has no java example");
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      String body = examples.get(i);
      // A block that uses an engine without building one gets the host's engine as a parameter.
      String parameter = body.contains("PerfEngine engine =") ? "" : "PerfEngine engine";
      sources.add(source("ReadmeExample" + i, IMPORTS + "\nclass ReadmeExample" + i + " {\n  void run("
          + parameter + ") throws Exception {\n" + body + "\n  }\n}\n"));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none");
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, sources).call();
      assertTrue(compiled, () -> diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> "README java example " + d.getSource().getName() + " line " + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n")));
    }
  }

  @Test
  void mavenDependencySnippetNamesAModuleOfThisBuildAtItsVersion() throws Exception {
    Set<String> modules = moduleCoordinates();
    List<String> snippets = blocks("xml").stream().filter(xml -> xml.strip().startsWith("<dependency>")).toList();
    assertFalse(snippets.isEmpty(), "README has no Maven dependency snippet");
    for (String snippet : snippets) {
      Element dependency = xml(snippet);
      String named = text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":"
          + text(dependency, "version");
      assertTrue(modules.contains(named),
          () -> "README's Maven snippet names " + named + "; this build has " + modules);
    }
  }

  @Test
  void gradleDependencyNamesAModuleOfThisBuildAtItsVersion() throws Exception {
    Set<String> modules = moduleCoordinates();
    Matcher gradle = Pattern.compile("implementation\\(\"([^\"]+)\"\\)").matcher(readme());
    int dependencies = 0;
    while (gradle.find()) {
      dependencies++;
      String named = gradle.group(1);
      assertTrue(modules.contains(named),
          () -> "README's Gradle line names " + named + "; this build has " + modules);
    }
    assertTrue(dependencies > 0, "README has no Gradle dependency");
  }

  /**
   * groupId:artifactId:version of every module the parent POM lists, as Maven publishes it: a module's
   * own groupId and version, or else its parent's.
   */
  private static Set<String> moduleCoordinates() throws Exception {
    Set<String> coordinates = new TreeSet<>();
    for (Node module = child(xml(Files.readString(PARENT_POM)), "modules").getFirstChild(); module != null;
        module = module.getNextSibling()) {
      if (module instanceof Element element && element.getTagName().equals("module")) {
        Path modulePom = PARENT_POM.resolveSibling(element.getTextContent().strip()).resolve("pom.xml");
        Element pom = xml(Files.readString(modulePom));
        Element parent = child(pom, "parent");
        coordinates.add(ownOrParents(pom, parent, "groupId") + ":" + text(pom, "artifactId") + ":"
            + ownOrParents(pom, parent, "version"));
      }
    }
    assertFalse(coordinates.isEmpty(), "the parent POM lists no module");
    return coordinates;
  }

  private static String ownOrParents(Element pom, Element parent, String name) {
    if (child(pom, name) != null) {
      return text(pom, name);
    }
    assertNotNull(parent, () -> "a module POM has neither <" + name + "> nor <parent>");
    return text(parent, name);
  }

  private static Element xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(text))).getDocumentElement();
  }

  /** The element's child of that name (not a deeper one: a POM's dependencies have groupIds too), or null. */
  private static Element child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        return child;
      }
    }
    return null;
  }

  private static String text(Element element, String name) {
    Element child = child(element, name);
    assertNotNull(child, () -> "<" + element.getTagName() + "> has no <" + name + ">");
    return child.getTextContent().strip();
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The fenced blocks of a language, as README shows them (a list item's indent removed). */
  private static List<String> blocks(String language) throws IOException {
    Matcher block = Pattern.compile("(?m)^( *)```" + language + "\\n(.*?)^\\1```$", Pattern.DOTALL)
        .matcher(readme());
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      String indent = block.group(1);
      blocks.add(block.group(2).lines().map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
          .collect(Collectors.joining("\n")));
    }
    return blocks;
  }

  private static String ruleId(String drl) {
    Matcher rule = Pattern.compile("rule \"(\\S+)").matcher(drl);
    assertTrue(rule.find(), drl);
    return rule.group(1);
  }

  private static JavaFileObject source(String name, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  /** The test class path in full (surefire runs tests from a manifest-only jar). */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
  }
}
